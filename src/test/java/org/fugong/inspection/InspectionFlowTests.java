package org.fugong.inspection;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.awaitility.Awaitility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fugong.inspection.teams.TeamService;
import org.fugong.security.CurrentUser;
import org.fugong.support.IntegrationTest;
import org.fugong.support.PassFixtures;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Grid inspections end to end over HTTP, on the demo zone 海港开发区 and team
 * {@code hg-team1} (zone G1): one notice per failed inspection, the answer, the
 * follow-up that closes it or issues a second notice, the overdue job, the stop
 * that the gate feels at once and its lifting, numbers under concurrency, photo
 * checks, the PDF and the round's order.
 */
@IntegrationTest
class InspectionFlowTests {

	static final String FENGXIAN = "310120";

	static final String ZONE = "310120505";

	static final String NUMBER = "奉贤开发区整改〔\\d{4}〕第\\d{4,}号";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TeamService teams;

	@Autowired
	TestClock clock;

	@Autowired
	OverdueNotices overdueJob;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aFailedAspectIssuesExactlyOneNoticeWithAReadableNumberDueIn24Hours() throws Exception {
		Registered enterprise = placed("G1", true);
		String answer = inspect("hg-team1", enterprise.id(), failing("ZONING", "STAFF"), null)
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long notice = ((Number) JsonPath.read(answer, "$.noticeId")).longValue();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM rectification_notice WHERE enterprise_id = ?",
				Integer.class, enterprise.id())).isEqualTo(1);
		String detail = this.mvc.perform(get("/api/v1/rectifications/" + notice).with(as(enterprise)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.aspects.length()").value(2))
			.andExpect(jsonPath("$.aspects[*].aspect", hasItem("ZONING")))
			.andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(detail, "$.number")).matches(NUMBER);
		java.time.Instant issued = java.time.Instant.parse(JsonPath.read(detail, "$.issuedAt"));
		java.time.Instant due = java.time.Instant.parse(JsonPath.read(detail, "$.dueAt"));
		assertThat(Duration.between(issued, due)).isEqualTo(Duration.ofHours(24));
		// The enterprise is told in its inbox; a passing inspection issues nothing.
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM notification WHERE enterprise_id = ? AND message_key = 'inspection.inbox.issued'",
				Integer.class, enterprise.id())).isEqualTo(1);
		inspect("hg-team1", enterprise.id(), failing(), null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.noticeId").doesNotExist());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM rectification_notice WHERE enterprise_id = ?",
				Integer.class, enterprise.id())).isEqualTo(1);
	}

	@Test
	void anIncompleteOrUnexplainedInspectionIsRefusedInTheReadersLanguageAndNothingIsSaved() throws Exception {
		Registered enterprise = placed("G1", true);
		this.mvc.perform(post("/api/v1/inspections").with(official("hg-team1")).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": %d, \"aspects\": [{\"aspect\": \"ZONING\", \"passed\": true}]}"
				.formatted(enterprise.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("aspects")))
			.andExpect(jsonPath("$.errors[0].message", containsString("six aspects")));
		String body = aspects(List.of("CLOSED_LOOP"), false).replace(", \"note\": \"问题 CLOSED_LOOP\"", "");
		this.mvc.perform(post("/api/v1/inspections").with(official("hg-team1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": %d, \"aspects\": %s}".formatted(enterprise.id(), body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("aspects[0].note")))
			.andExpect(jsonPath("$.errors[0].message", containsString("问题")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM inspection WHERE enterprise_id = ?", Integer.class,
				enterprise.id())).isZero();
	}

	@Test
	void anEnterpriseOutsideTheInspectorsTownIsNotFound() throws Exception {
		Registered haigang = placed("G1", true);
		Registered songjiang = Registrations.register(this.mvc, "310117", "310117105");
		inspect("xinqiao", haigang.id(), failing("ZONING"), null).andExpect(status().isNotFound());
		inspect("hg-team1", songjiang.id(), failing("ZONING"), null).andExpect(status().isNotFound());
		long notice = noticeOf(inspect("hg-team1", haigang.id(), failing("VEHICLES"), null));
		this.mvc.perform(get("/api/v1/rectifications/" + notice).with(official("xinqiao"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/rectifications/" + notice).with(official("songjiang"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/rectifications/" + notice).with(as(songjiang))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/rectifications/" + notice).with(official("fengxian"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/rectifications/" + notice).with(official("city"))).andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/rectifications/" + notice + "/respond").with(as(songjiang))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"x\"}")).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/rectifications/" + notice + "/review").with(official("xinqiao"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"accepted\": true}")).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/rectifications/" + notice + "/stop").with(official("songjiang"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}")).andExpect(status().isNotFound());
	}

	@Test
	void theEnterpriseAnswersAndAPassingFollowUpClosesTheNotice() throws Exception {
		Registered enterprise = placed("G1", true);
		long notice = noticeOf(inspect("hg-team1", enterprise.id(), failing("DISINFECTION", "VEHICLES"), null));
		this.mvc.perform(post("/api/v1/rectifications/" + notice + "/respond").with(as(enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\": \"已整改\", \"answers\": [{\"aspect\": \"VEHICLES\", \"note\": \"车辆已登记并消杀\"}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ANSWERED"))
			.andExpect(jsonPath("$.answeredInTime").value(true));
		this.mvc.perform(post("/api/v1/rectifications/" + notice + "/respond").with(as(enterprise))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"again\"}"))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/rectifications/" + notice).with(official("hg-team1")))
			.andExpect(jsonPath("$.aspects[?(@.aspect == 'VEHICLES')].answer", hasItem("车辆已登记并消杀")))
			.andExpect(jsonPath("$.aspects[?(@.aspect == 'DISINFECTION')].answer", hasItem("已整改")))
			.andExpect(jsonPath("$.answers.length()").value(2));
		this.mvc.perform(post("/api/v1/rectifications/" + notice + "/review").with(official("hg-team1"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"accepted\": true, \"note\": \"复查合格\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.followedUpState").value("CLOSED"))
			.andExpect(jsonPath("$.noticeId").doesNotExist());
		this.mvc.perform(get("/api/v1/rectifications/" + notice).with(as(enterprise)))
			.andExpect(jsonPath("$.state").value("CLOSED"))
			.andExpect(jsonPath("$.followUps.length()").value(1));
		this.mvc.perform(post("/api/v1/rectifications/" + notice + "/review").with(official("hg-team1"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"accepted\": true}"))
			.andExpect(status().isConflict());
		// The page shows the notice to its enterprise, in both languages.
		this.mvc.perform(get("/rectifications/" + notice).with(as(enterprise)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("整改通知书")));
		this.mvc.perform(get("/rectifications/" + notice).param("lang", "en").with(as(enterprise)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Rectification notice")));
	}

	@Test
	void aFailedFollowUpIssuesASecondNoticeTheDistrictStopsProductionAndTheGateFeelsItUntilTheStopIsLifted()
			throws Exception {
		Registered enterprise = placed("G1", true);
		UserDetails owner = this.users.loadUserByUsername(enterprise.username());
		String pass = this.mvc.perform(post("/api/v1/passes/worker").with(user(owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"employeeId\": " + PassFixtures.employee(this.mvc, owner, "周八", true) + "}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String qrText = JsonPath.read(pass, "$.qrText");
		scan(qrText).andExpect(jsonPath("$.verdict").value("VALID"));

		long first = noticeOf(inspect("hg-team1", enterprise.id(), failing("LODGING_DINING"), null));
		// A stop needs a reason for it: neither overdue nor repeated yet.
		this.mvc.perform(post("/api/v1/rectifications/" + first + "/stop").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"停工\"}"))
			.andExpect(status().isUnprocessableContent());
		String review = this.mvc.perform(post("/api/v1/rectifications/" + first + "/review").with(official("hg-team1"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"accepted\": false, \"note\": \"宿舍仍然超员\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.followedUpState").value("ESCALATED"))
			.andReturn().getResponse().getContentAsString();
		long second = ((Number) JsonPath.read(review, "$.noticeId")).longValue();
		this.mvc.perform(get("/api/v1/rectifications/" + second).with(official("fengxian")))
			.andExpect(jsonPath("$.previous.id").value((int) first))
			.andExpect(jsonPath("$.stoppable").value(true));
		this.mvc.perform(post("/api/v1/rectifications/" + second + "/stop").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
		this.mvc.perform(post("/api/v1/rectifications/" + second + "/stop").with(official("hg-team1"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"停工\"}"))
			.andExpect(status().isForbidden());
		String stop = this.mvc.perform(post("/api/v1/rectifications/" + second + "/stop").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"同一问题再次出现\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("IN_FORCE"))
			.andExpect(jsonPath("$.enterpriseId").value((int) enterprise.id()))
			.andReturn().getResponse().getContentAsString();
		long stopId = ((Number) JsonPath.read(stop, "$.id")).longValue();
		scan(qrText).andExpect(jsonPath("$.reason").value("ENTERPRISE_SUSPENDED"));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_log WHERE action = 'PRODUCTION_STOPPED' AND target_id = ?", Integer.class,
				String.valueOf(stopId))).isEqualTo(1);

		// Lifting needs a follow-up since the stop that passed every aspect.
		this.mvc.perform(post("/api/v1/stops/" + stopId + "/lift").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"已整改\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("回头看")));
		inspect("hg-team1", enterprise.id(), "[{\"aspect\": \"LODGING_DINING\", \"passed\": true}]", second)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.followedUpState").value("CLOSED"));
		this.mvc.perform(post("/api/v1/stops/" + stopId + "/lift").with(official("songjiang"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"已整改\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/stops/" + stopId + "/lift").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"复查合格\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("LIFTED"));
		scan(qrText).andExpect(jsonPath("$.verdict").value("VALID"));
		this.mvc.perform(post("/api/v1/stops/" + stopId + "/lift").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"again\"}"))
			.andExpect(status().isConflict());
	}

	@Test
	void theJobMarksAnUnansweredNoticeOverdueAndTheDistrictSeesIt() throws Exception {
		Registered enterprise = placed("G1", true);
		long notice = noticeOf(inspect("hg-team1", enterprise.id(), failing("STAFF"), null));
		this.overdueJob.run();
		this.mvc.perform(get("/api/v1/rectifications/" + notice).with(official("fengxian")))
			.andExpect(jsonPath("$.state").value("OPEN"));
		this.clock.advance(Duration.ofHours(24).plusMinutes(1));
		// The job runs under its ShedLock: a scheduled run may hold the lock for a moment.
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
			this.overdueJob.run();
			return "OVERDUE".equals(this.jdbc.queryForObject("SELECT state FROM rectification_notice WHERE id = ?",
					String.class, notice));
		});
		this.mvc.perform(get("/api/v1/rectifications/" + notice).with(official("fengxian")))
			.andExpect(jsonPath("$.state").value("OVERDUE"))
			.andExpect(jsonPath("$.stoppable").value(true));
		this.mvc.perform(get("/api/v1/rectifications").param("state", "OVERDUE").param("size", "100")
			.with(official("fengxian")))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) notice)));
		String number = this.jdbc.queryForObject("SELECT number FROM rectification_notice WHERE id = ?", String.class,
				notice);
		this.mvc.perform(get("/rectifications").with(official("fengxian")))
			.andExpect(status().isOk()).andExpect(content().string(containsString(number)));
		// A late answer is kept and counted late.
		this.mvc.perform(post("/api/v1/rectifications/" + notice + "/respond").with(as(enterprise))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"迟到的回复\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answeredInTime").value(false));
	}

	@Test
	void noticeNumbersStayUniqueAndConsecutiveUnderConcurrentInspections() throws Exception {
		int count = 8;
		List<Registered> enterprises = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			enterprises.add(placed("G2", true));
		}
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (Registered enterprise : enterprises) {
				Callable<String> task = () -> inspect("hg-team2", enterprise.id(), failing("CLOSED_LOOP"), null)
					.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
				answers.add(pool.submit(task));
			}
			Set<String> numbers = new HashSet<>();
			List<Integer> sequence = new ArrayList<>();
			for (Future<String> answer : answers) {
				String number = JsonPath.read(answer.get(), "$.noticeNumber");
				assertThat(number).matches(NUMBER);
				numbers.add(number);
				sequence.add(Integer.parseInt(number.replaceAll(".*第(\\d+)号", "$1")));
			}
			assertThat(numbers).hasSize(count);
			sequence.sort(Integer::compare);
			assertThat(sequence.get(count - 1) - sequence.get(0)).isGreaterThanOrEqualTo(count - 1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void photosAreCheckedByContentAndSizeScaledForDisplayAndShownOnlyToThoseConcerned() throws Exception {
		Registered enterprise = placed("G1", true);
		String answer = inspect("hg-team1", enterprise.id(), failing("ZONING"), null)
			.andReturn().getResponse().getContentAsString();
		long inspection = ((Number) JsonPath.read(answer, "$.id")).longValue();
		long notice = ((Number) JsonPath.read(answer, "$.noticeId")).longValue();
		photo(inspection, new MockMultipartFile("file", "site.jpg", "image/jpeg", "not a picture at all".getBytes()))
			.andExpect(status().isBadRequest());
		photo(inspection, new MockMultipartFile("file", "big.png", "image/png", new byte[10 * 1024 * 1024 + 1]))
			.andExpect(status().isPayloadTooLarge());
		String stored = photo(inspection, new MockMultipartFile("file", "wall.txt", "text/plain", png(2000, 1000)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long photo = ((Number) JsonPath.read(stored, "$.id")).longValue();
		byte[] shown = this.mvc.perform(get("/inspections/photos/" + photo).with(as(enterprise)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(shown));
		assertThat(image.getWidth()).isEqualTo(InspectionController.DISPLAY_WIDTH);
		this.mvc.perform(get("/inspections/photos/" + photo).with(official("songjiang"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/inspections/photos/" + photo).with(official("xinqiao"))).andExpect(status().isNotFound());
		Registered other = placed("G1", true);
		this.mvc.perform(get("/inspections/photos/" + photo).with(as(other))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/rectifications/" + notice).with(as(enterprise)))
			.andExpect(jsonPath("$.photos.length()").value(1));
		// The enterprise's answer on the page, with a photo of what it did.
		this.mvc.perform(multipart("/rectifications/" + notice + "/respond")
			.file(new MockMultipartFile("photo_ZONING", "fixed.png", "image/png", png(40, 30)))
			.param("answer_ZONING", "已加装隔断").with(csrf()).with(as(enterprise)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/rectifications/" + notice).with(as(enterprise)))
			.andExpect(jsonPath("$.photos.length()").value(2))
			.andExpect(jsonPath("$.state").value("ANSWERED"));
	}

	@Test
	void thePhoneFormRecordsAnInspectionWithCameraPhotosAndShowsTheNotice() throws Exception {
		Registered enterprise = placed("G1", true);
		this.mvc.perform(get("/inspections/new").param("enterprise", String.valueOf(enterprise.id()))
			.with(official("hg-team1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("capture=\"environment\"")))
			.andExpect(content().string(containsString("闭环管理")));
		var form = multipart("/inspections/new")
			.file(new MockMultipartFile("photo_ZONING", "yard.png", "image/png", png(64, 48)))
			.param("enterpriseId", String.valueOf(enterprise.id()));
		Aspect[] aspects = Aspect.values();
		for (int i = 0; i < aspects.length; i++) {
			form.param("aspects[" + i + "].aspect", aspects[i].name())
				.param("aspects[" + i + "].passed", String.valueOf(aspects[i] != Aspect.ZONING));
		}
		// A failed aspect without a note: the field says so, nothing is saved.
		this.mvc.perform(form.with(csrf()).with(official("hg-team1")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不合格的事项请写明问题")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM inspection WHERE enterprise_id = ?", Integer.class,
				enterprise.id())).isZero();
		form.param("aspects[1].note", "生活区与车间混用通道");
		String location = this.mvc.perform(form.with(csrf()).with(official("hg-team1")))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/rectifications/");
		this.mvc.perform(get(location).with(as(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("生活区与车间混用通道")))
			.andExpect(content().string(containsString("/inspections/photos/")));
	}

	@Test
	void theNoticeRendersAsAPdfWithItsChinese() throws Exception {
		Registered enterprise = placed("G1", true);
		long notice = noticeOf(inspect("hg-team1", enterprise.id(), failing("DISINFECTION"), null));
		String number = this.jdbc.queryForObject("SELECT number FROM rectification_notice WHERE id = ?", String.class,
				notice);
		byte[] pdf = this.mvc.perform(get("/rectifications/" + notice + "/pdf").with(as(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("整改通知书").contains(number).contains("消杀").contains("问题 DISINFECTION");
		}
		Registered other = placed("G1", true);
		this.mvc.perform(get("/rectifications/" + notice + "/pdf").with(as(other))).andExpect(status().isNotFound());
	}

	@Test
	void theRoundPutsOverdueNoticesFirstThenTheNeverInspectedThenTheRest() throws Exception {
		Registered routine = placed("G3", true);
		Registered never = placed("G3", true);
		Registered late = placed("G3", true);
		Registered unlisted = placed("G3", false);
		inspect("hg-team3", routine.id(), failing(), null).andExpect(status().isCreated());
		inspect("hg-team3", late.id(), failing("STAFF"), null).andExpect(status().isCreated());
		this.clock.advance(Duration.ofHours(25));
		String round = this.mvc.perform(get("/api/v1/inspections/round").with(official("hg-team3")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Integer> ids = JsonPath.read(round, "$[*].enterpriseId");
		assertThat(ids).doesNotContain((int) unlisted.id());
		assertThat(ids.indexOf((int) late.id())).isLessThan(ids.indexOf((int) never.id()));
		assertThat(ids.indexOf((int) never.id())).isLessThan(ids.indexOf((int) routine.id()));
		List<Integer> priorities = JsonPath.read(round, "$[?(@.enterpriseId == " + late.id() + ")].priority");
		assertThat(priorities).containsExactly(1);
		// Another team's round does not hold them; the page works on a phone-sized request.
		String other = this.mvc.perform(get("/api/v1/inspections/round").with(official("hg-team4")))
			.andReturn().getResponse().getContentAsString();
		assertThat((List<Integer>) JsonPath.read(other, "$[*].enterpriseId")).doesNotContain((int) late.id());
		this.mvc.perform(get("/inspections/round").with(official("hg-team3")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("测试企业")));
	}

	@Test
	void theFiguresCountPerZoneAndTheMeetingPagePrints() throws Exception {
		Registered enterprise = placed("G5", true);
		String before = this.mvc.perform(get("/api/v1/stats/inspections").param("region", ZONE + "G5")
			.with(official("fengxian"))).andReturn().getResponse().getContentAsString();
		int notices = JsonPath.read(before, "$.notices");
		inspect("hg-team5", enterprise.id(), failing("VEHICLES"), null).andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/stats/inspections").param("region", ZONE + "G5").with(official("fengxian")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notices").value(notices + 1))
			.andExpect(jsonPath("$.inspected").isNumber())
			.andExpect(jsonPath("$.answeredInTime").isNumber())
			.andExpect(jsonPath("$.closed").isNumber())
			.andExpect(jsonPath("$.overdue").isNumber())
			.andExpect(jsonPath("$.stops").isNumber());
		this.mvc.perform(get("/api/v1/stats/inspections").param("region", ZONE).with(official("songjiang")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/stats/inspections").param("region", "310117105").with(official("songjiang")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/inspections/figures").with(official("fengxian")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("第五网格")));
		this.mvc.perform(get("/inspections/meeting").with(official("hg-team5")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("第五组")));
	}

	@Test
	void anInspectorReportsASiteOperatingWithoutApprovalForTheDistrict() throws Exception {
		Registered unlisted = placed("G6", false);
		this.mvc.perform(post("/api/v1/inspections/unapproved").with(official("hg-team6"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": %d, \"note\": \"夜间开工，约 30 人在岗\"}".formatted(unlisted.id())))
			.andExpect(status().isCreated());
		this.mvc.perform(post("/api/v1/inspections/unapproved").with(official("hg-team6"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"siteName\": \"无名小作坊\", \"address\": \"海港大道 999 号后院\", \"note\": \"未登记，正在生产\"}"))
			.andExpect(status().isCreated());
		this.mvc.perform(post("/api/v1/inspections/unapproved").with(official("hg-team6"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("siteName")));
		Registered listed = placed("G6", true);
		this.mvc.perform(post("/api/v1/inspections/unapproved").with(official("hg-team6"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": %d, \"note\": \"x\"}".formatted(listed.id())))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/inspections/cases").with(official("fengxian")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("无名小作坊")));
		this.mvc.perform(get("/inspections/cases").with(official("songjiang")))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString("无名小作坊"))));
	}

	private Registered placed(String zone, boolean whitelisted) throws Exception {
		Registered enterprise = Registrations.register(this.mvc, FENGXIAN, ZONE);
		if (whitelisted) {
			this.mvc.perform(post("/api/v1/whitelist").with(official("fengxian"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"enterpriseId\": %d, \"level\": \"DISTRICT\", \"batch\": \"督查测试\"}".formatted(enterprise.id())))
				.andExpect(status().isCreated());
		}
		this.teams.place((CurrentUser) this.users.loadUserByUsername("fengxian"), enterprise.id(), ZONE + zone);
		return enterprise;
	}

	ResultActions inspect(String officer, long enterprise, String aspects, Long followUpOf) throws Exception {
		return this.mvc.perform(post("/api/v1/inspections").with(official(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": %d, \"aspects\": %s%s}".formatted(enterprise, aspects,
					(followUpOf != null) ? ", \"followUpOf\": " + followUpOf : "")));
	}

	private ResultActions photo(long inspection, MockMultipartFile file) throws Exception {
		return this.mvc.perform(multipart("/api/v1/inspections/" + inspection + "/photos").file(file)
			.param("aspect", "ZONING").with(official("hg-team1")));
	}

	private ResultActions scan(String qrText) throws Exception {
		return this.mvc.perform(post("/api/v1/gate/verify").with(official("guard1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"qrText\": \"%s\", \"direction\": \"IN\", \"scanId\": \"%s\"}".formatted(qrText,
					UUID.randomUUID())));
	}

	private static long noticeOf(ResultActions inspection) throws Exception {
		String answer = inspection.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.noticeId")).longValue();
	}

	/** All six aspects, the named ones failed with a note. */
	static String failing(String... failed) {
		return aspects(List.of(failed), true);
	}

	private static String aspects(List<String> failed, boolean all) {
		List<String> lines = new ArrayList<>();
		for (Aspect aspect : Aspect.values()) {
			boolean fails = failed.contains(aspect.name());
			if (!all && !fails) {
				continue;
			}
			lines.add(fails ? "{\"aspect\": \"%s\", \"passed\": false, \"note\": \"问题 %s\"}".formatted(aspect, aspect)
					: "{\"aspect\": \"%s\", \"passed\": true}".formatted(aspect));
		}
		return "[" + String.join(", ", lines) + "]";
	}

	private static byte[] png(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private RequestPostProcessor official(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private RequestPostProcessor as(Registered enterprise) {
		return user(this.users.loadUserByUsername(enterprise.username()));
	}

}
