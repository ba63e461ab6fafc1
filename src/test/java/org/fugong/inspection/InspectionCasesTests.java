package org.fugong.inspection;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The district handles 私自复工 cases: the list filtered by state, town and name,
 * the case page with its steps, each move with a reason, who and when, in the
 * audit log; bad moves refused with nothing changed; other districts see nothing.
 */
@IntegrationTest
class InspectionCasesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDistrictOrdersAStopThenClosesTheCaseAndEveryStepIsKept() throws Exception {
		String site = "无证作坊 " + UUID.randomUUID().toString().substring(0, 8);
		long id = report(site);
		this.mvc.perform(get("/inspections/cases").param("state", "OPEN").param("q", site).with(official("fengxian")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("/inspections/cases/" + id + "\"")));
		this.mvc.perform(post("/inspections/cases/" + id).with(official("fengxian")).with(csrf())
			.param("state", "STOP_ORDERED").param("reason", "现场责令停工，明日复查").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/inspections/cases").param("state", "OPEN").param("q", site).with(official("fengxian")))
			.andExpect(content().string(not(containsString("/inspections/cases/" + id + "\""))));
		this.mvc.perform(get("/inspections/cases").param("state", "STOP_ORDERED").param("q", site)
			.with(official("fengxian")))
			.andExpect(content().string(containsString(site)));
		this.mvc.perform(post("/inspections/cases/" + id).with(official("fengxian")).with(csrf())
			.param("state", "CLOSED").param("reason", "复查已停工，场所已清空").param("version", "1"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/inspections/cases/" + id).with(official("fengxian")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已结案")))
			.andExpect(content().string(containsString("现场责令停工，明日复查")))
			.andExpect(content().string(containsString("复查已停工，场所已清空")));
		this.mvc.perform(get("/api/v1/inspections/unapproved/" + id).with(official("fengxian")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CLOSED"))
			.andExpect(jsonPath("$.handledBy").value("fengxian"))
			.andExpect(jsonPath("$.handledAt").isNotEmpty())
			.andExpect(jsonPath("$.steps.length()").value(2));
		assertThat(this.jdbc.queryForList(
				"select action from audit_log where target_type = 'UNAPPROVED_CASE' and target_id = ? order by id",
				String.class, String.valueOf(id)))
			.containsExactly("UNAPPROVED_REPORTED", "UNAPPROVED_CASE_STOP_ORDERED", "UNAPPROVED_CASE_CLOSED");
		// A closed case moves no more.
		this.mvc.perform(post("/inspections/cases/" + id).with(official("fengxian")).with(csrf())
			.param("state", "REGISTERED").param("reason", "已申报").param("version", "2"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("该线索当前状态不能这样处理。")));
	}

	@Test
	void aMoveWithoutReasonOrFromAStaleViewIsRefusedAndChangesNothing() throws Exception {
		long id = report("无证仓库 " + UUID.randomUUID().toString().substring(0, 8));
		this.mvc.perform(post("/inspections/cases/" + id).with(official("fengxian")).with(csrf())
			.param("version", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写理由或说明。")))
			.andExpect(content().string(containsString("此项为必填项。")));
		this.mvc.perform(post("/inspections/cases/" + id).with(official("fengxian")).with(csrf())
			.param("lang", "en").param("state", "REGISTERED").param("reason", "已申报").param("version", "7"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else handled the case meanwhile")));
		assertThat(this.jdbc.queryForObject("select state from unapproved_case where id = ?", String.class, id))
			.isEqualTo("OPEN");
		this.mvc.perform(post("/api/v1/inspections/unapproved/" + id + "/handle").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"state\": \"REGISTERED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc.perform(post("/api/v1/inspections/unapproved/" + id + "/handle").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"state\": \"REGISTERED\", \"reason\": \"已补办复工申报\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REGISTERED"));
	}

	@Test
	void onlyTheCasesDistrictHandlesItAndOtherDistrictsDoNotSeeIt() throws Exception {
		String site = "无证工棚 " + UUID.randomUUID().toString().substring(0, 8);
		long id = report(site);
		this.mvc.perform(get("/inspections/cases/" + id).with(official("hg-team6")))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("name=\"reason\""))));
		this.mvc.perform(post("/inspections/cases/" + id).with(official("hg-team6")).with(csrf())
			.param("state", "CLOSED").param("reason", "x")).andExpect(status().isForbidden());
		this.mvc.perform(get("/inspections/cases/" + id).with(official("songjiang"))).andExpect(status().isNotFound());
		this.mvc.perform(post("/inspections/cases/" + id).with(official("songjiang")).with(csrf())
			.param("state", "CLOSED").param("reason", "x")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/inspections/unapproved/" + id).with(official("songjiang")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/inspections/unapproved").param("q", site).with(official("songjiang")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
		assertThat(this.jdbc.queryForObject("select state from unapproved_case where id = ?", String.class, id))
			.isEqualTo("OPEN");
	}

	private long report(String site) throws Exception {
		String body = this.mvc.perform(post("/api/v1/inspections/unapproved").with(official("hg-team6"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"siteName\": \"%s\", \"address\": \"海港大道 1 号\", \"note\": \"夜间生产\"}".formatted(site)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private RequestPostProcessor official(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
