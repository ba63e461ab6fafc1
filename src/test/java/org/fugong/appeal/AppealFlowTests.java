package org.fugong.appeal;

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
import org.fugong.support.TestClock;
import org.junit.jupiter.api.AfterEach;
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
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An enterprise raises a demand, the district routes it, a town officer answers
 * and resolves it, the enterprise rates or reopens it; an unrated answer closes
 * itself; an upheld appeal returns the rejected application; internal notes
 * never reach the enterprise; two officials assigning at once make one assignment.
 */
@IntegrationTest
class AppealFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	AppealAutoClose autoClose;

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void aDemandGoesFromSubmittedThroughAssignmentAndAnswersToRatedAndClosed() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		long id = file(ent, "LOGISTICS", "原料车进不了园区", null);
		this.mvc.perform(get("/api/v1/appeals/" + id).with(basic(ent)))
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andExpect(jsonPath("$.messages[0].text").value("原料车在卡口被拦，请协调。"))
			.andExpect(jsonPath("$.dueAt").isString())
			.andExpect(jsonPath("$.internalNotes").doesNotExist());
		assertThat(count("SELECT count(*) FROM notification WHERE recipient = 'songjiang' AND args LIKE ?",
				id + "%")).isEqualTo(1);

		this.mvc.perform(get("/api/v1/appeals?state=SUBMITTED&size=100").with(as("songjiang")))
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].subject").value(hasItems("原料车进不了园区")));
		long version = version("songjiang", id);
		assign("songjiang", id, "xinqiao", version).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ASSIGNED"))
			.andExpect(jsonPath("$.assignee").value("xinqiao"));
		assertThat(count("SELECT count(*) FROM notification WHERE recipient = 'xinqiao' AND message_key = "
				+ "'inbox.appeal.assigned' AND args LIKE ?", id + "%")).isEqualTo(1);

		respond("xinqiao", id, "已联系交通部门，正在办理通行证。", false, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ANSWERED"))
			.andExpect(jsonPath("$.firstRespondedAt").isString());
		this.mvc.perform(post("/api/v1/appeals/" + id + "/messages").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"谢谢，司机电话 13800000000。\"}")).andExpect(status().isCreated());
		respond("xinqiao", id, "通行证已发到司机手机。", true, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RESOLVED"))
			.andExpect(jsonPath("$.resolvedAt").isString());
		this.mvc.perform(post("/api/v1/appeals/" + id + "/close").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"satisfaction\": 5, \"comment\": \"很及时\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CLOSED"))
			.andExpect(jsonPath("$.satisfaction").value(5));

		this.mvc.perform(get("/api/v1/appeals/" + id).with(basic(ent)))
			.andExpect(jsonPath("$.messages.length()").value(4))
			.andExpect(jsonPath("$.messages[*].kind", hasItems("CONTENT", "ANSWER", "REPLY")))
			.andExpect(jsonPath("$.history[*].action",
					hasItems("SUBMIT", "ASSIGN", "ANSWER", "RESOLVE", "CLOSE")));
		// The enterprise heard of every answer and state change.
		assertThat(count("SELECT count(*) FROM notification WHERE enterprise_id = ? AND link = ?", ent.id(),
				"/appeals/" + id)).isEqualTo(3);
		this.mvc.perform(get("/inbox").with(as("xinqiao"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("已评价：5 分")));
	}

	@Test
	void internalNotesNeverReachTheEnterprise() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		long id = file(ent, "PERMIT", "环评批复延期", null);
		this.mvc.perform(post("/api/v1/appeals/" + id + "/notes").with(as("songjiang"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"内部：该企业去年有违规记录，需核实\"}")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.internalNotes[0].text").value("内部：该企业去年有违规记录，需核实"));
		this.mvc.perform(post("/appeals/" + id + "/notes").with(as("xinqiao")).with(csrf())
			.param("text", "内部：已电话核实")).andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/api/v1/appeals/" + id).with(basic(ent)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.internalNotes").doesNotExist())
			.andExpect(content().string(not(containsString("内部："))));
		this.mvc.perform(get("/api/v1/appeals").with(basic(ent)))
			.andExpect(content().string(not(containsString("内部："))));
		this.mvc.perform(multipart("/api/v1/appeals/" + id + "/attachments")
			.file(new MockMultipartFile("file", "批复.pdf", "application/pdf", SelfChecks.PDF))
			.with(basic(ent))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.sha256").isString());
		this.mvc.perform(multipart("/api/v1/appeals/" + id + "/attachments")
			.file(new MockMultipartFile("file", "批复.pdf", "application/pdf", "plain text".getBytes()))
			.with(basic(ent))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		this.mvc.perform(get("/appeals/" + id).with(as(ent.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("批复.pdf")))
			.andExpect(content().string(containsString("环评批复延期")))
			.andExpect(content().string(not(containsString("内部："))));
		this.mvc.perform(get("/appeals/" + id).with(as("songjiang")))
			.andExpect(content().string(containsString("内部：已电话核实")));
		this.mvc.perform(get("/api/v1/appeals/" + id).with(as("city")))
			.andExpect(jsonPath("$.internalNotes.length()").value(2));
	}

	/** Exports (built by the dashboards from {@link AppealService#list}) can hold only what a summary has. */
	@Test
	void theListThatExportsReadCarriesNoNotesNorConversation() throws Exception {
		assertThat(java.util.Arrays.stream(AppealSummary.class.getRecordComponents()).map((c) -> c.getName()))
			.doesNotContain("internalNotes", "notes", "messages", "content");
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		long id = file(ent, "OTHER", "导出检查", null);
		this.mvc.perform(post("/api/v1/appeals/" + id + "/notes").with(as("songjiang"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"内部：不外传\"}"))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/appeals?size=100").with(as("songjiang")))
			.andExpect(content().string(not(containsString("内部：不外传"))));
	}

	@Test
	void aClosedItemReopensWithinSevenDaysWithItsHistoryAndANewClockButNotLater() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		long id = file(ent, "STAFF", "缺一线员工", null);
		respond("songjiang", id, "已推送到用工对接平台。", true, null).andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/appeals/" + id + "/reopen").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"还没关闭\"}"))
			.andExpect(status().isConflict());
		close(ent, id, 2);
		String before = this.mvc.perform(get("/api/v1/appeals/" + id).with(basic(ent)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		this.clock.advance(Duration.ofDays(3));
		this.mvc.perform(post("/api/v1/appeals/" + id + "/reopen").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"平台上没有匹配的工人\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REOPENED"))
			.andExpect(jsonPath("$.reopenCount").value(1))
			.andExpect(jsonPath("$.satisfaction").doesNotExist())
			.andExpect(jsonPath("$.messages[*].text", hasItems("已推送到用工对接平台。", "平台上没有匹配的工人")))
			.andExpect(jsonPath("$.history[*].action", hasItems("RESOLVE", "CLOSE", "REOPEN")));
		String after = this.mvc.perform(get("/api/v1/appeals/" + id).with(basic(ent)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(after, "$.firstResponseDueAt"))
			.isGreaterThan(JsonPath.read(before, "$.firstResponseDueAt"));

		respond("songjiang", id, "已联系人社局专场招聘。", true, null).andExpect(status().isOk());
		close(ent, id, 4);
		this.clock.advance(Duration.ofDays(8));
		this.mvc.perform(post("/api/v1/appeals/" + id + "/reopen").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"又不行了\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc.perform(get("/appeals/" + id).with(as(ent.username())))
			.andExpect(content().string(not(containsString("name=\"reason\""))));
	}

	@Test
	void anAnswerLeftUnratedForSevenDaysClosesItselfAndCountsAsUnrated() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		long answered = file(ent, "POLICY", "稳岗补贴", null);
		long resolved = file(ent, "POLICY", "房租减免", null);
		long fresh = file(ent, "POLICY", "社保缓缴", null);
		respond("songjiang", answered, "请看附件政策。", false, null).andExpect(status().isOk());
		respond("songjiang", resolved, "符合条件，已办理。", true, null).andExpect(status().isOk());

		this.clock.advance(Duration.ofDays(6));
		this.autoClose.run();
		assertThat(state(ent, answered)).isEqualTo("ANSWERED");
		respond("songjiang", fresh, "已答复。", true, null).andExpect(status().isOk());

		this.clock.advance(Duration.ofDays(2));
		this.autoClose.run();
		this.mvc.perform(get("/api/v1/appeals/" + resolved).with(basic(ent)))
			.andExpect(jsonPath("$.state").value("CLOSED"))
			.andExpect(jsonPath("$.autoClosed").value(true))
			.andExpect(jsonPath("$.satisfaction").doesNotExist())
			.andExpect(jsonPath("$.history[*].action", hasItems("AUTO_CLOSE")));
		assertThat(state(ent, answered)).isEqualTo("CLOSED");
		assertThat(state(ent, fresh)).isEqualTo("RESOLVED");
		assertThat(count("SELECT count(*) FROM appeal WHERE enterprise_id = ? AND auto_closed AND satisfaction IS NULL",
				ent.id())).isEqualTo(2);
	}

	@Test
	void anUpheldAppealReturnsTheRejectedApplicationWithItsWholeHistory() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		long application = rejectedApplication(ent);
		this.mvc.perform(post("/api/v1/appeals").with(basic(ent)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"APPLICATION_REJECTED\", \"subject\": \"申诉\", \"content\": \"理由\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("applicationId"));
		this.mvc.perform(get("/applications/" + application).with(as(ent.username())))
			.andExpect(content().string(containsString("/appeals/new?applicationId=" + application)));
		this.mvc.perform(get("/appeals/new?applicationId=" + application).with(as(ent.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("申请 " + application + "（")));
		long id = file(ent, "APPLICATION_REJECTED", "对驳回有异议", application);
		this.mvc.perform(post("/api/v1/appeals").with(basic(ent)).contentType(MediaType.APPLICATION_JSON)
			.content(body("APPLICATION_REJECTED", "再次申诉", application)))
			.andExpect(status().isConflict());
		Registered other = Registrations.register(this.mvc, "310117", "310117105");
		this.mvc.perform(post("/api/v1/appeals").with(basic(other)).contentType(MediaType.APPLICATION_JSON)
			.content(body("APPLICATION_REJECTED", "别人的申请", application)))
			.andExpect(status().isUnprocessableContent());

		respond("songjiang", id, "请补充说明。", true, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("upheld"));
		respond("songjiang", id, "经复核，隔离观察点符合要求，申诉成立，请补充照片后重新提交。", true, true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RESOLVED"))
			.andExpect(jsonPath("$.upheld").value(true));

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> this.mvc
			.perform(get("/api/v1/applications/" + application).with(basic(ent)))
			.andExpect(jsonPath("$.state").value("RETURNED"))
			.andExpect(jsonPath("$.timeline[*].action", hasItems("SUBMIT", "ACCEPT", "REJECT", "APPEAL_UPHELD")))
			.andExpect(jsonPath("$.fixItems").value(containsString("申诉成立"))));
		this.mvc.perform(get("/applications/" + application).with(as(ent.username())))
			.andExpect(content().string(containsString("申诉成立，退回修改")));
	}

	@Test
	void aDismissedAppealLeavesTheApplicationRejectedAndSaysWhy() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		long application = rejectedApplication(ent);
		long id = file(ent, "APPLICATION_REJECTED", "对驳回有异议", application);
		respond("songjiang", id, "经复核，闭环方案仍不符合要求，维持原决定。", true, false)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.upheld").value(false))
			.andExpect(jsonPath("$.messages[1].text").value("经复核，闭环方案仍不符合要求，维持原决定。"));
		Thread.sleep(500);
		this.mvc.perform(get("/api/v1/applications/" + application).with(basic(ent)))
			.andExpect(jsonPath("$.state").value("REJECTED"));
	}

	@Test
	void twoOfficialsAssigningAtOnceMakeExactlyOneAssignment() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		long id = file(ent, "MATERIALS", "芯片断供", null);
		long version = version("songjiang", id);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (String assignee : new String[] { "xinqiao", "songjiang" }) {
				Callable<Integer> task = () -> {
					start.await();
					return assign("songjiang", id, assignee, version).andReturn().getResponse().getStatus();
				};
				answers.add(pool.submit(task));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count("SELECT count(*) FROM appeal_event WHERE appeal_id = ? AND action = 'ASSIGN'", id))
			.isEqualTo(1);
		// On the page, a stale assignment shows the item as it is now.
		this.mvc.perform(post("/appeals/" + id + "/assign").with(as("songjiang")).with(csrf())
			.param("assignee", "xinqiao").param("version", Long.toString(version)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("刚被他人处理过")));
	}

	@Test
	void officialsActOnlyWithinTheirDistrictAndTownAndOnlyOnWhatTheySee() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		Registered jiuting = Registrations.register(this.mvc, "310117", "310117107");
		long xq = file(ent, "OTHER", "新桥的事", null);
		long jt = file(jiuting, "OTHER", "九亭的事", null);
		respond("fengxian", xq, "越界答复", true, null).andExpect(status().isNotFound());
		respond("xinqiao", jt, "越界答复", true, null).andExpect(status().isNotFound());
		assign("songjiang", jt, "fengxian", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assignee"));
		assign("songjiang", jt, "xinqiao", null).andExpect(status().isOk());
		respond("xinqiao", jt, "已分派给我，答复。", false, null).andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/appeals/" + xq + "/close").with(basic(jiuting))
			.contentType(MediaType.APPLICATION_JSON).content("{\"satisfaction\": 5}")).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/appeals/" + jt + "/close").with(basic(jiuting))
			.contentType(MediaType.APPLICATION_JSON).content("{\"satisfaction\": 9}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
		this.mvc.perform(post("/api/v1/appeals").with(basic(ent)).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"type\": \"NONSENSE\", \"subject\": \"\", \"content\": \"\"}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/api/v1/appeals").with(basic(ent)).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"subject\": \"\", \"content\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("type", "subject")));
	}

	@Test
	void thePagesLetAnEnterpriseFileWithAttachmentsAndOfficialsAnswerAndResolve() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		RequestPostProcessor me = as(ent.username());
		this.mvc.perform(multipart("/appeals/new")
			.file(new MockMultipartFile("files", "说明.pdf", "application/pdf", SelfChecks.PDF))
			.param("type", "").param("subject", "").param("content", "")
			.with(me).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("此项为必填项")));
		this.mvc.perform(multipart("/appeals/new")
			.file(new MockMultipartFile("files", "照片.txt", "image/png", "not an image".getBytes()))
			.param("type", "LOGISTICS").param("subject", "坏附件").param("content", "内容")
			.with(me).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("只接受 PDF 或图片")));
		String location = this.mvc.perform(multipart("/appeals/new")
			.file(new MockMultipartFile("files", "说明.pdf", "application/pdf", SelfChecks.PDF))
			.param("type", "LOGISTICS").param("subject", "冷链车进厂").param("content", "冷链车需要什么证明？")
			.with(me).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		this.mvc.perform(get(location).with(me))
			.andExpect(content().string(containsString("冷链车进厂")))
			.andExpect(content().string(containsString("说明.pdf")));
		this.mvc.perform(get("/appeals").with(me)).andExpect(content().string(containsString("冷链车进厂")));
		this.mvc.perform(get("/appeals?type=LOGISTICS&state=SUBMITTED&sort=received").with(as("songjiang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("冷链车进厂")));
		this.mvc.perform(post(location + "/respond").with(as("xinqiao")).with(csrf())
			.param("answer", "").param("resolved", "true"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post(location + "/respond").with(as("xinqiao")).with(csrf())
			.param("answer", "需核酸证明和消杀记录。").param("resolved", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(location).with(me))
			.andExpect(content().string(containsString("需核酸证明和消杀记录。")))
			.andExpect(content().string(containsString("提交评价并关闭")));
		this.mvc.perform(post(location + "/close").with(me).with(csrf()).param("satisfaction", "4"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(location).with(me).header("Accept-Language", "en").param("lang", "en"))
			.andExpect(content().string(containsString("Closed")));
		this.mvc.perform(get("/appeals/figures").with(as("songjiang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("满意率")));
	}

	@Test
	void theFiguresCountReceivedRespondedResolvedAndSatisfiedForTheJurisdiction() throws Exception {
		this.mvc.perform(get("/api/v1/stats/appeals").with(as("songjiang")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received").isNumber())
			.andExpect(jsonPath("$.resolved").isNumber())
			.andExpect(jsonPath("$.byType").isArray())
			.andExpect(jsonPath("$.byRegion").isArray());
		Registered ent = Registrations.register(this.mvc, "310117", "310117116");
		long happy = file(ent, "FINANCING", "贴息贷款", null);
		long unhappy = file(ent, "FINANCING", "续贷", null);
		respond("songjiang", happy, "已对接银行。", true, null);
		respond("songjiang", unhappy, "已对接银行。", true, null);
		close(ent, happy, 5);
		close(ent, unhappy, 2);
		this.mvc.perform(get("/api/v1/stats/appeals?region=310117116").with(as("songjiang")))
			.andExpect(jsonPath("$.received").value(2))
			.andExpect(jsonPath("$.resolved").value(2))
			.andExpect(jsonPath("$.respondedInTime").value(2))
			.andExpect(jsonPath("$.rated").value(2))
			.andExpect(jsonPath("$.satisfactionRate").value(0.5))
			.andExpect(jsonPath("$.byType[0].type").value("FINANCING"));
	}

	// ---- helpers

	private long rejectedApplication(Registered ent) throws Exception {
		SelfChecks.pass(this.mvc, ent.username(), Registrations.PASSWORD);
		String body = this.mvc.perform(post("/api/v1/applications").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"plannedResumeDate": "2027-01-04", "returningStaff": 50, "dormitoryBeds": 0,
					 "closedLoop": "厂区与宿舍两点一线"}
					"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		for (String kind : new String[] { "COMMITMENT", "PREVENTION_PLAN", "EMERGENCY_PLAN", "STAFF_LIST" }) {
			this.mvc.perform(multipart("/api/v1/applications/" + id + "/materials")
				.file(new MockMultipartFile("file", kind + ".pdf", "application/pdf", SelfChecks.PDF))
				.param("kind", kind)
				.with(basic(ent))).andExpect(status().isCreated());
		}
		this.mvc.perform(post("/api/v1/applications/" + id + "/submit").with(basic(ent))).andExpect(status().isOk());
		decide("xinqiao", id, "{\"action\": \"ACCEPT\", \"version\": %d}");
		decide("songjiang", id, "{\"action\": \"REJECT\", \"opinion\": \"隔离观察点不符合要求\", \"version\": %d}");
		return id;
	}

	private void decide(String official, long id, String json) throws Exception {
		String body = this.mvc.perform(get("/api/v1/applications/" + id).with(as(official)))
			.andReturn().getResponse().getContentAsString();
		long version = ((Number) JsonPath.read(body, "$.version")).longValue();
		this.mvc.perform(post("/api/v1/applications/" + id + "/decisions").with(as(official))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.formatted(version))).andExpect(status().isOk());
	}

	private long file(Registered ent, String type, String subject, Long application) throws Exception {
		String body = this.mvc.perform(post("/api/v1/appeals").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(type, subject, application)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private static String body(String type, String subject, Long application) {
		return "{\"type\": \"" + type + "\", \"subject\": \"" + subject + "\", \"content\": \"原料车在卡口被拦，请协调。\""
				+ ((application != null) ? ", \"applicationId\": " + application : "") + "}";
	}

	private ResultActions assign(String official, long id, String assignee, Long version) throws Exception {
		return this.mvc.perform(post("/api/v1/appeals/" + id + "/assign").with(as(official))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"assignee\": \"" + assignee + "\"" + ((version != null) ? ", \"version\": " + version : "")
					+ "}"));
	}

	private ResultActions respond(String official, long id, String answer, boolean resolved, Boolean upheld)
			throws Exception {
		return this.mvc.perform(post("/api/v1/appeals/" + id + "/respond").with(as(official))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\": \"" + answer + "\", \"resolved\": " + resolved
					+ ((upheld != null) ? ", \"upheld\": " + upheld : "") + "}"));
	}

	private void close(Registered ent, long id, int satisfaction) throws Exception {
		this.mvc.perform(post("/api/v1/appeals/" + id + "/close").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"satisfaction\": " + satisfaction + "}")).andExpect(status().isOk());
	}

	private long version(String official, long id) throws Exception {
		String body = this.mvc.perform(get("/api/v1/appeals/" + id).with(as(official)))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.version")).longValue();
	}

	private String state(Registered ent, long id) throws Exception {
		String body = this.mvc.perform(get("/api/v1/appeals/" + id).with(basic(ent)))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.state");
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
