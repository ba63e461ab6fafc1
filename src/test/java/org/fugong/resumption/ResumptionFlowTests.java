package org.fugong.resumption;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.support.SelfChecks;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An enterprise goes from draft to approved through the four officials' steps,
 * and every wrong move is refused without changing anything.
 */
@IntegrationTest
class ResumptionFlowTests {

	private static final String APPLICATION = """
			{"plannedResumeDate": "2027-01-04", "returningStaff": %d, "dormitoryBeds": 40,
			 "closedLoop": "厂区与宿舍两点一线，专车接送", "notes": "首批复工",
			 "samplingPoint": {"location": "一号门岗东侧", "liaison": {"name": "王五", "phone": "13800000001"},
			                   "sampler": "赵六 13800000002", "scanner": {"name": "钱七", "phone": "13800000003"}}}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fromDraftToApprovedThroughTheFourSteps() throws Exception {
		Registered ent = readyEnterprise();
		long id = create(ent, 150);
		uploadAll(ent, id);

		// Every write answers the version it stored, and the next call sends exactly that one.
		String submitted = this.mvc.perform(post("/api/v1/applications/" + id + "/submit").with(basic(ent)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long version = ((Number) JsonPath.read(submitted, "$.version")).longValue();
		assertThat(version).isEqualTo(version(ent, id));
		version = decide("xinqiao", id, "ACCEPT", null, null, version, "ACCEPTED");
		version = decide("songjiang", id, "APPROVE_MATERIALS", null, "材料齐全", version, "MATERIALS_APPROVED");
		version = decide("xinqiao", id, "RECORD_SITE_VISIT", true, "隔离观察点、采样点已设置", version, "SITE_VERIFIED");
		decide("songjiang", id, "APPROVE", null, "同意复工", version, "APPROVED");

		this.mvc.perform(get("/api/v1/applications/" + id).with(basic(ent)))
			.andExpect(jsonPath("$.state").value("APPROVED"))
			.andExpect(jsonPath("$.timeline.length()").value(5))
			.andExpect(jsonPath("$.timeline[*].action", hasItems("SUBMIT", "ACCEPT", "APPROVE_MATERIALS",
					"RECORD_SITE_VISIT", "APPROVE")))
			.andExpect(jsonPath("$.timeline[4].actor").value("songjiang"))
			.andExpect(jsonPath("$.timeline[4].opinion").value("同意复工"))
			.andExpect(jsonPath("$.materials.length()").value(4))
			.andExpect(jsonPath("$.samplingPoint.sampler.name").value("赵六"));
		assertThat(count("SELECT count(*) FROM notification WHERE enterprise_id = ? AND message_key LIKE 'inbox.application.%'",
				ent.id())).isEqualTo(5);
		assertThat(count("SELECT count(*) FROM audit_log WHERE target_type = 'APPLICATION' AND target_id = ?",
				Long.toString(id))).isGreaterThanOrEqualTo(10);
		this.mvc.perform(get("/inbox").with(user(this.users.loadUserByUsername(ent.username()))))
			.andExpect(content().string(containsString("已批准复工")));
		// The approval puts the enterprise on the district whitelist, through the event registry.
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> this.mvc
			.perform(get("/api/v1/whitelist/mine").with(basic(ent)))
			.andExpect(jsonPath("$[0].level").value("DISTRICT"))
			.andExpect(jsonPath("$[0].status").value("ACTIVE")));
		this.mvc.perform(get("/api/v1/policies/matching").with(basic(ent))).andExpect(status().isOk());
	}

	@Test
	void eachWriteAnswersTheStoredVersionWhichTheNextWriteSends() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		String created = this.mvc.perform(post("/api/v1/applications").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content(String.format(APPLICATION, 150))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		long version = ((Number) JsonPath.read(created, "$.version")).longValue();
		for (int edit = 0; edit < 2; edit++) {
			// closedLoop as a boolean: the document declares both shapes, the app takes both.
			String body = String.format(APPLICATION, 150 + edit)
				.replace("\"厂区与宿舍两点一线，专车接送\"", "true")
				.replaceFirst("\\{", "{\"version\": " + version + ", ");
			String updated = this.mvc.perform(put("/api/v1/applications/" + id).with(basic(ent))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			long answered = ((Number) JsonPath.read(updated, "$.version")).longValue();
			assertThat(answered).isGreaterThan(version).isEqualTo(version(ent, id));
			version = answered;
		}
		this.mvc.perform(put("/api/v1/applications/" + id).with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content(String.format(APPLICATION, 150).replaceFirst("\\{", "{\"version\": " + (version - 1) + ", ")))
			.andExpect(status().isConflict());
	}

	@Test
	void submissionNeedsAPassedSelfCheckTheMaterialsAndTheSamplingPoint() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		String body = String.format(APPLICATION, 150).replace("\"一号门岗东侧\"", "\"\"");
		String created = this.mvc.perform(post("/api/v1/applications").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		this.mvc.perform(post("/api/v1/applications/" + id + "/submit").with(basic(ent)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItems("selfCheck", "materials.COMMITMENT",
					"materials.PREVENTION_PLAN", "materials.EMERGENCY_PLAN", "materials.STAFF_LIST", "samplingPoint")));
		this.mvc.perform(get("/api/v1/applications/" + id).with(basic(ent)))
			.andExpect(jsonPath("$.state").value("DRAFT"))
			.andExpect(jsonPath("$.timeline.length()").value(0));
	}

	@Test
	void badInputAndWrongFilesAreRefusedByField() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		this.mvc.perform(post("/api/v1/applications").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"returningStaff\": -3, \"returningProduction\": 1, \"returningOffice\": 1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("plannedResumeDate", "returningStaff", "closedLoop")));
		long id = create(ent, 20);
		this.mvc.perform(multipart("/api/v1/applications/" + id + "/materials")
			.file(new MockMultipartFile("file", "承诺书.pdf", "application/pdf", "GIF89a fake".getBytes()))
			.param("kind", "COMMITMENT")
			.with(basic(ent))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
		this.mvc.perform(multipart("/api/v1/applications/" + id + "/materials")
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", SelfChecks.PDF))
			.with(basic(ent))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
		assertThat(count("SELECT count(*) FROM resumption_material WHERE request_id = ?", id)).isZero();
		this.mvc.perform(put("/api/v1/applications/" + id).with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content(String.format(APPLICATION, 20))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		this.mvc.perform(post("/api/v1/applications").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content(String.format(APPLICATION, 20))).andExpect(status().isConflict());
	}

	@Test
	void wrongRolesRegionsVersionsAndStatesAreRefused() throws Exception {
		Registered ent = readyEnterprise();
		long id = create(ent, 150);
		uploadAll(ent, id);
		this.mvc.perform(post("/api/v1/applications/" + id + "/submit").with(basic(ent))).andExpect(status().isOk());
		long version = version(ent, id);
		decideExpecting(ent, id, "ACCEPT", version, 403);
		decision("songjiang", id, "ACCEPT", null, null, version).andExpect(status().isForbidden());
		decision("fengxian", id, "RETURN", null, "x", version).andExpect(status().isNotFound());
		decision("city", id, "ACCEPT", null, null, version).andExpect(status().isForbidden());
		decision("songjiang", id, "APPROVE", null, null, version).andExpect(status().isConflict());
		decision("xinqiao", id, "RETURN", null, " ", version).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opinion"));
		decision("xinqiao", id, "ACCEPT", null, null, version + 7).andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/applications/" + id).with(as("fengxian"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/applications/" + id).with(as("demo-ent"))).andExpect(status().isNotFound());
		long material = this.jdbc.queryForObject("SELECT min(id) FROM resumption_material WHERE request_id = ?",
				Long.class, id);
		this.mvc.perform(get("/applications/" + id + "/materials/" + material).with(as("demo-ent")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/applications/" + id + "/materials/" + material).with(as("xinqiao")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/applications/" + id).with(basic(ent)))
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andExpect(jsonPath("$.timeline.length()").value(1));
	}

	@Test
	void aReturnedApplicationIsFixedAndResubmittedWithItsWholeHistory() throws Exception {
		Registered ent = readyEnterprise();
		long id = create(ent, 150);
		uploadAll(ent, id);
		this.mvc.perform(post("/api/v1/applications/" + id + "/submit").with(basic(ent)));
		decide("xinqiao", id, "RETURN", null, "请补充宿舍分区安排", version(ent, id), "RETURNED");
		this.mvc.perform(get("/applications/" + id).with(as(ent.username())))
			.andExpect(content().string(containsString("请补充宿舍分区安排")));
		this.mvc.perform(put("/api/v1/applications/" + id).with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content(String.format(APPLICATION, 150).replace("\"首批复工\"", "\"已补充宿舍分区\", \"version\": "
					+ version(ent, id))))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/applications/" + id + "/submit").with(basic(ent)))
			.andExpect(jsonPath("$.state").value("SUBMITTED"));
		this.mvc.perform(get("/api/v1/applications/" + id).with(basic(ent)))
			.andExpect(jsonPath("$.timeline[*].action", hasItems("SUBMIT", "RETURN")))
			.andExpect(jsonPath("$.timeline.length()").value(3));
	}

	@Test
	void twoOfficialsActingAtOnceMakeExactlyOneDecision() throws Exception {
		Registered ent = readyEnterprise();
		long id = create(ent, 150);
		uploadAll(ent, id);
		this.mvc.perform(post("/api/v1/applications/" + id + "/submit").with(basic(ent)));
		long version = version(ent, id);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		String[] actions = { "ACCEPT", "RETURN" };
		for (String action : actions) {
			Callable<Integer> call = () -> {
				start.await();
				return decision("xinqiao", id, action, null, "同时办理", version).andReturn().getResponse().getStatus();
			};
			results.add(pool.submit(call));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> result : results) {
			statuses.add(result.get());
		}
		pool.shutdown();
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		assertThat(count("SELECT count(*) FROM resumption_step WHERE request_id = ? AND action <> 'SUBMIT'", id))
			.isOne();
	}

	@Test
	void theQueueShowsWhatWaitsForEachOfficial() throws Exception {
		Registered ent = readyEnterprise();
		long id = create(ent, 150);
		uploadAll(ent, id);
		this.mvc.perform(post("/api/v1/applications/" + id + "/submit").with(basic(ent)));
		this.mvc.perform(get("/api/v1/applications").param("size", "100").with(as("xinqiao")))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
		this.mvc.perform(get("/applications").with(as("xinqiao")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ent.username().isEmpty() ? "" : "测试企业")));
		String songjiang = this.mvc.perform(get("/api/v1/applications").param("size", "100").with(as("songjiang")))
			.andReturn().getResponse().getContentAsString();
		assertThat((List<Integer>) JsonPath.read(songjiang, "$.items[*].id")).doesNotContain((int) id);
		this.jdbc.update("UPDATE resumption_request SET due_at = now() - interval '1 hour' WHERE id = ?", id);
		this.mvc.perform(get("/api/v1/applications").param("overdue", "true").param("size", "100").with(as("xinqiao")))
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].overdue", hasItem(true)));
		this.mvc.perform(get("/").with(as("xinqiao"))).andExpect(content().string(containsString("已超时")));
		this.mvc.perform(get("/applications/" + id).with(as("xinqiao")))
			.andExpect(content().string(containsString("受理")));
	}

	@Test
	void onThePageAStaleDecisionShowsTheNewState() throws Exception {
		Registered ent = readyEnterprise();
		long id = create(ent, 150);
		uploadAll(ent, id);
		this.mvc.perform(post("/api/v1/applications/" + id + "/submit").with(basic(ent)));
		long version = version(ent, id);
		this.mvc.perform(post("/applications/" + id + "/decisions").with(as("xinqiao")).with(csrf())
			.param("action", "ACCEPT").param("version", Long.toString(version))).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/applications/" + id + "/decisions").with(as("xinqiao")).with(csrf())
			.param("action", "RETURN").param("opinion", "晚了一步").param("version", Long.toString(version)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被其他人办理")))
			.andExpect(content().string(containsString("已受理")));
		this.mvc.perform(post("/applications/" + id + "/decisions").with(as("songjiang")).with(csrf())
			.param("action", "RETURN").param("version", Long.toString(version + 1)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("必须填写意见")));
	}

	@Test
	void thePagesLetAnEnterpriseFileAnApplication() throws Exception {
		Registered ent = readyEnterprise();
		RequestPostProcessor me = as(ent.username());
		String location = this.mvc.perform(post("/applications/new").with(me).with(csrf())
			.param("plannedResumeDate", "2027-01-04")
			.param("returningStaff", "80")
			.param("returningProduction", "60")
			.param("returningOffice", "20")
			.param("dormitoryBeds", "0")
			.param("closedLoop", "通勤人员点对点接送"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		for (String kind : new String[] { "COMMITMENT", "PREVENTION_PLAN", "EMERGENCY_PLAN", "STAFF_LIST" }) {
			this.mvc.perform(multipart(location + "/materials")
				.file(new MockMultipartFile("file", kind + ".pdf", "application/pdf", SelfChecks.PDF))
				.param("kind", kind)
				.with(me)
				.with(csrf())).andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(get(location).with(me)).andExpect(content().string(containsString("可以提交")));
		this.mvc.perform(post(location + "/submit").with(me).with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(location).with(me)).andExpect(content().string(containsString("等待街镇工作人员办理")));
		this.mvc.perform(post("/applications/new").with(me).with(csrf())
			.param("returningStaff", "10").param("returningProduction", "3").param("returningOffice", "3"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
				.attributeHasFieldErrors("form", "plannedResumeDate", "closedLoop", "returningStaff"));
	}

	private Registered readyEnterprise() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		SelfChecks.pass(this.mvc, ent.username(), Registrations.PASSWORD);
		return ent;
	}

	private long create(Registered ent, int staff) throws Exception {
		String body = this.mvc.perform(post("/api/v1/applications").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content(String.format(APPLICATION, staff)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("DRAFT"))
			.andExpect(jsonPath("$.version").isNumber())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private void uploadAll(Registered ent, long id) throws Exception {
		for (String kind : new String[] { "COMMITMENT", "PREVENTION_PLAN", "EMERGENCY_PLAN", "STAFF_LIST" }) {
			this.mvc.perform(multipart("/api/v1/applications/" + id + "/materials")
				.file(new MockMultipartFile("file", kind + ".pdf", "application/pdf", SelfChecks.PDF))
				.param("kind", kind)
				.with(basic(ent)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.sha256").isString());
		}
	}

	private long version(Registered ent, long id) throws Exception {
		String body = this.mvc.perform(get("/api/v1/applications/" + id).with(basic(ent)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.version")).longValue();
	}

	private long decide(String official, long id, String action, Boolean passed, String opinion, long version,
			String expectedState) throws Exception {
		String body = decision(official, id, action, passed, opinion, version).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value(expectedState))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.version")).longValue();
	}

	private void decideExpecting(Registered ent, long id, String action, long version, int status) throws Exception {
		if (action == null) {
			return;
		}
		this.mvc.perform(post("/api/v1/applications/" + id + "/decisions").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"" + action + "\",\"version\":" + version + "}")).andExpect(status().is(status));
	}

	private ResultActions decision(String official, long id, String action, Boolean passed, String opinion,
			long version) throws Exception {
		String json = "{\"action\":\"" + action + "\",\"version\":" + version
				+ ((passed != null) ? ",\"passed\":" + passed : "")
				+ ((opinion != null) ? ",\"opinion\":\"" + opinion + "\"" : "") + "}";
		return this.mvc.perform(post("/api/v1/applications/" + id + "/decisions").with(as(official))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static RequestPostProcessor basic(Registered ent) {
		return httpBasic(ent.username(), Registrations.PASSWORD);
	}

}
