package org.fugong.appeal;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Demands beyond the district: escalated to the city (兜底), which alone answers
 * them then; transferred to a department, whose officers see only what was
 * transferred to them (404 for anything else) and answer it; logged by an official
 * for an enterprise that called the hotline or came to the counter, running from
 * then on like one filed online (the same deadlines, answers and rating).
 */
@IntegrationTest
class AppealRoutingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEscalatedDemandWaitsInTheCitysQueueAndOnlyTheCityAnswersIt() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		long id = file(ent, "跨省原料运输受阻");

		act("songjiang", id, "escalate", "{\"reason\": \"\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		act("songjiang", id, "escalate", "{\"reason\": \"涉及外省卡口，区内无法协调\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ESCALATED"))
			.andExpect(jsonPath("$.escalatedAt").isString())
			.andExpect(jsonPath("$.dueAt").isString());
		assertThat(count("SELECT count(*) FROM notification WHERE recipient = 'city' AND message_key = "
				+ "'inbox.appeal.escalated' AND args LIKE ?", id + "%")).isEqualTo(1);
		act("songjiang", id, "escalate", "{\"reason\": \"再次上报\"}").andExpect(status().isConflict());

		this.mvc.perform(get("/api/v1/appeals?state=ESCALATED&size=100").with(as("city")))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
		// The district still follows it, but no longer answers it.
		act("songjiang", id, "respond", "{\"answer\": \"区里答复\", \"resolved\": false}")
			.andExpect(status().isForbidden());
		act("city", id, "respond", "{\"answer\": \"已与外省联防联控机制对接，车辆今日放行。\", \"resolved\": true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RESOLVED"));
		this.mvc.perform(post("/api/v1/appeals/" + id + "/close").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"satisfaction\": 5}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CLOSED"));
		this.mvc.perform(get("/api/v1/appeals/" + id).with(basic(ent)))
			.andExpect(jsonPath("$.history[*].action", hasItems("SUBMIT", "ESCALATE", "RESOLVE", "CLOSE")));
	}

	@Test
	void theCityRoutesWhatWasEscalatedToItAndTheDistrictNoLonger() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		long id = file(ent, "出口退税进度");
		act("city", id, "transfer", "{\"department\": \"TAX\", \"reason\": \"未上报，市级不转办\"}")
			.andExpect(status().isForbidden());
		act("songjiang", id, "escalate", "{\"reason\": \"涉及市级税务\"}").andExpect(status().isOk());
		act("songjiang", id, "transfer", "{\"department\": \"TAX\", \"reason\": \"区里转办\"}")
			.andExpect(status().isForbidden());
		act("city", id, "transfer", "{\"department\": \"TAX\", \"reason\": \"请税务部门答复退税进度\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("TRANSFERRED"))
			.andExpect(jsonPath("$.department.code").value("TAX"));
		// 经信's officer is not 税务's: still nothing to see.
		this.mvc.perform(get("/api/v1/appeals/" + id).with(as("jingxin"))).andExpect(status().isNotFound());
	}

	@Test
	void aDepartmentOfficerSeesAndAnswersOnlyWhatWasTransferredToTheirDepartment() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		long transferred = file(ent, "用电指标不足");
		long kept = file(ent, "员工返岗核酸");

		// Before the transfer, and for anything never transferred, the department gets 404 — never a hint.
		this.mvc.perform(get("/api/v1/appeals/" + transferred).with(as("jingxin"))).andExpect(status().isNotFound());
		act("songjiang", transferred, "transfer", "{\"department\": \"ECONOMY\", \"reason\": \"\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
		act("songjiang", transferred, "transfer", "{\"department\": \"NOWHERE\", \"reason\": \"转办\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("department"));
		act("xinqiao", transferred, "transfer", "{\"department\": \"ECONOMY\", \"reason\": \"用电\"}")
			.andExpect(status().isForbidden());
		act("songjiang", transferred, "transfer", "{\"department\": \"ECONOMY\", \"reason\": \"属经信委用电指标调剂\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("TRANSFERRED"))
			.andExpect(jsonPath("$.department.code").value("ECONOMY"))
			.andExpect(jsonPath("$.department.nameZh").value("经济和信息化委员会"));
		assertThat(count("SELECT count(*) FROM notification WHERE recipient = 'jingxin' AND message_key = "
				+ "'inbox.appeal.transferred' AND args LIKE ?", transferred + "%")).isEqualTo(1);

		this.mvc.perform(get("/api/v1/appeals?size=100").with(as("jingxin")))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) transferred)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) kept))))
			.andExpect(jsonPath("$.items[*].department", not(hasItem(not("ECONOMY")))));
		this.mvc.perform(get("/api/v1/appeals/" + kept).with(as("jingxin"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/appeals/" + kept).with(as("jingxin"))).andExpect(status().isNotFound());
		act("jingxin", kept, "respond", "{\"answer\": \"越权答复\", \"resolved\": true}")
			.andExpect(status().isNotFound());
		act("jingxin", kept, "notes", "{\"text\": \"越权备注\"}").andExpect(status().isNotFound());

		act("jingxin", transferred, "notes", "{\"text\": \"已联系供电公司\"}").andExpect(status().isCreated());
		act("jingxin", transferred, "respond", "{\"answer\": \"已调剂 200 千伏安用电指标。\", \"resolved\": true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RESOLVED"))
			.andExpect(jsonPath("$.assignee").value("jingxin"));
		this.mvc.perform(get("/api/v1/appeals/" + transferred).with(basic(ent)))
			.andExpect(jsonPath("$.messages[*].text", hasItem("已调剂 200 千伏安用电指标。")))
			.andExpect(jsonPath("$.internalNotes").doesNotExist());
		this.mvc.perform(get("/appeals?size=100").with(as("jingxin"))).andExpect(status().isOk());
	}

	@Test
	void anOfficialLogsAHotlineDemandForAnEnterpriseWhichThenRunsAsIfFiledOnline() throws Exception {
		Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		Registered elsewhere = Registrations.register(this.mvc, "310120", "310120505");
		String json = "{\"enterpriseId\": %d, \"channel\": \"HOTLINE\", \"type\": \"STAFF\", \"subject\": \"电话反映员工无法返岗\","
				+ " \"content\": \"企业来电：12 名员工被小区封控，请求协调。\"}";

		this.mvc.perform(post("/api/v1/appeals").with(as("xinqiao")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"STAFF\", \"subject\": \"缺企业\", \"content\": \"缺企业\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("enterpriseId"));
		this.mvc.perform(post("/api/v1/appeals").with(as("xinqiao")).contentType(MediaType.APPLICATION_JSON)
			.content(json.formatted(elsewhere.id()))).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/appeals").with(as("xinqiao")).contentType(MediaType.APPLICATION_JSON)
			.content(json.formatted(ent.id()).replace("\"HOTLINE\"", "null")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("channel"));

		String body = this.mvc.perform(post("/api/v1/appeals").with(as("xinqiao"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.formatted(ent.id())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andExpect(jsonPath("$.channel").value("HOTLINE"))
			.andExpect(jsonPath("$.filedBy").value("xinqiao"))
			.andExpect(jsonPath("$.firstResponseDueAt").isString())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();

		// The enterprise sees it as its own, is told of it, and rates the answer as always.
		this.mvc.perform(get("/api/v1/appeals?size=100").with(basic(ent)))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
		assertThat(count("SELECT count(*) FROM notification WHERE enterprise_id = ? AND link = ?", ent.id(),
				"/appeals/" + id)).isEqualTo(1);
		act("xinqiao", id, "respond", "{\"answer\": \"已协调社区开具返岗证明。\", \"resolved\": true}")
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/appeals/" + id + "/close").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"satisfaction\": 4}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.satisfaction").value(4));

		// The same from the counter, through the page.
		this.mvc.perform(multipart("/appeals/on-behalf")
			.param("enterpriseId", Long.toString(ent.id()))
			.param("channel", "COUNTER")
			.param("type", "PERMIT")
			.param("subject", "窗口反映通行证")
			.param("content", "企业到窗口反映货车通行证未下发。")
			.with(as("songjiang"))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/appeals/*"));
		assertThat(count("SELECT count(*) FROM appeal WHERE enterprise_id = ? AND channel = 'COUNTER' AND filed_by = "
				+ "'songjiang'", ent.id())).isEqualTo(1);
		this.mvc.perform(multipart("/appeals/on-behalf")
			.param("type", "PERMIT")
			.with(as("songjiang"))
			.with(csrf())).andExpect(status().isBadRequest());
	}

	private long file(Registered ent, String subject) throws Exception {
		String body = this.mvc.perform(post("/api/v1/appeals").with(basic(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"OTHER\", \"subject\": \"" + subject + "\", \"content\": \"请协调解决。\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private ResultActions act(String username, long id, String action, String json) throws Exception {
		return this.mvc.perform(post("/api/v1/appeals/" + id + "/" + action)
			.with(as(username))
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
