package org.fugong.whitelist;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whitelist's JSON API and pages over HTTP, with the access rules of
 * {@code SecurityConfiguration}: status codes and problem+json as clients see them.
 */
@IntegrationTest
class WhitelistWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theApiListsSuspendsRestoresAndRemovesWithProblemsForEveryMistake() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		String created = this.mvc.perform(post("/api/v1/whitelist").with(httpBasic("songjiang", "Fugong@2026"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"enterpriseId": %d, "level": "DISTRICT", "batch": "2026-11-23", "reason": "重点保障企业"}
					""".formatted(enterprise.id())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/whitelist/")))
			.andExpect(jsonPath("$.enterpriseId").value(enterprise.id()))
			.andExpect(jsonPath("$.enterpriseName").isString())
			.andExpect(jsonPath("$.level").value("DISTRICT"))
			.andExpect(jsonPath("$.batch").value("2026-11-23"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.since").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();

		this.mvc.perform(post("/api/v1/whitelist").with(as("songjiang"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": %d, \"level\": \"DISTRICT\", \"batch\": \"第二批\"}".formatted(enterprise.id())))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("enterpriseId"));
		this.mvc.perform(post("/api/v1/whitelist").with(as("songjiang"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"level\": \"DISTRICT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("enterpriseId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("batch")));

		this.mvc.perform(post("/api/v1/whitelist/" + id + "/suspend").with(as("songjiang"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc.perform(change(id, "suspend", "越权", "fengxian")).andExpect(status().isNotFound());
		this.mvc.perform(change(id, "suspend", "越级", "xinqiao")).andExpect(status().isForbidden());
		this.mvc.perform(change(id, "suspend", "越级", "city")).andExpect(status().isForbidden());

		this.mvc.perform(change(id, "suspend", "闭环管理不到位", "songjiang"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUSPENDED"))
			.andExpect(jsonPath("$.reason").value("闭环管理不到位"));
		this.mvc.perform(change(id, "suspend", "再次暂停", "songjiang")).andExpect(status().isConflict());
		this.mvc.perform(change(id, "restore", "整改完成", "songjiang"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		this.mvc.perform(change(id, "remove", "企业迁出", "songjiang"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REMOVED"));
		this.mvc.perform(get("/api/v1/whitelist/" + id).with(as("xinqiao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes", hasSize(4)))
			.andExpect(jsonPath("$.changes[3].action").value("REMOVED"));
		this.mvc.perform(get("/api/v1/whitelist/" + id).with(as("fengxian"))).andExpect(status().isNotFound());
	}

	@Test
	void theApiListIsAPageOfTheJurisdiction() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		String batch = "接口批次-" + System.nanoTime();
		this.mvc.perform(post("/api/v1/whitelist").with(as("xinqiao"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": %d, \"level\": \"TOWN\", \"batch\": \"%s\"}".formatted(enterprise.id(), batch)))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/whitelist").param("batch", batch).param("level", "TOWN").with(as("songjiang")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.items[0].enterpriseId").value(enterprise.id()))
			.andExpect(jsonPath("$.items[0].level").value("TOWN"))
			.andExpect(jsonPath("$.items[0].status").value("ACTIVE"));
		this.mvc.perform(get("/api/v1/whitelist").param("batch", batch).with(as("fengxian")))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/api/v1/whitelist").param("region", "310117105").param("batch", batch).with(as("city")))
			.andExpect(jsonPath("$.total").value(1));
		this.mvc.perform(get("/api/v1/whitelist").param("size", "101").with(as("city")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		this.mvc.perform(get("/api/v1/whitelist").param("status", "LISTED").with(as("city")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anEnterpriseSeesItsOwnEntriesAndNothingElse() throws Exception {
		Registered listed = Registrations.register(this.mvc, "310117", "310117105");
		Registered other = Registrations.register(this.mvc, "310117", "310117105");
		for (Registered e : new Registered[] { listed, other }) {
			this.mvc.perform(post("/api/v1/whitelist").with(as("songjiang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"enterpriseId\": %d, \"level\": \"DISTRICT\", \"batch\": \"首批\"}".formatted(e.id())))
				.andExpect(status().isCreated());
		}
		this.mvc.perform(get("/api/v1/whitelist/mine").with(httpBasic(listed.username(), Registrations.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].enterpriseId").value(listed.id()))
			.andExpect(jsonPath("$[0].level").value("DISTRICT"));
		this.mvc.perform(get("/api/v1/whitelist").with(httpBasic(listed.username(), Registrations.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/whitelist/mine").with(as(listed.username())))
			.andExpect(status().isOk())
			.andExpect(model().attribute("entries", hasSize(1)))
			.andExpect(content().string(not(containsString(other.creditCode()))));
		this.mvc.perform(get("/whitelist/mine").with(as("demo-ent")))
			.andExpect(status().isOk())
			.andExpect(model().attribute("entries", hasSize(0)));
	}

	@Test
	void officialsListAndChangeEntriesOnThePages() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.mvc.perform(get("/whitelist/new").with(as("songjiang")))
			.andExpect(status().isOk())
			.andExpect(model().attribute("levels", hasSize(1)));
		this.mvc.perform(post("/whitelist/new").with(as("songjiang")).with(csrf())
			.param("creditCode", enterprise.creditCode())
			.param("level", "CITY")
			.param("batch", "首批"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "level", "whitelist.level.notYours"));
		this.mvc.perform(post("/whitelist/new").with(as("fengxian")).with(csrf())
			.param("creditCode", enterprise.creditCode())
			.param("level", "DISTRICT")
			.param("batch", "首批"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "creditCode", "whitelist.enterprise.notFound"));
		this.mvc.perform(post("/whitelist/new").with(as("songjiang")).with(csrf())
			.param("creditCode", enterprise.creditCode().toLowerCase())
			.param("level", "DISTRICT")
			.param("batch", "首批"))
			.andExpect(redirectedUrl("/whitelist"))
			.andExpect(flash().attribute("message", "whitelist.added"));
		this.mvc.perform(post("/whitelist/new").with(as("songjiang")).with(csrf())
			.param("creditCode", enterprise.creditCode())
			.param("level", "DISTRICT")
			.param("batch", "第二批"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "creditCode", "whitelist.duplicate"));
		long id = this.jdbc.queryForObject("SELECT id FROM whitelist_entry WHERE enterprise_id = ?", Long.class,
				enterprise.id());

		this.mvc.perform(get("/whitelist").param("region", "310117105").param("level", "DISTRICT").with(as("songjiang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(enterprise.creditCode())))
			.andExpect(content().string(containsString("/whitelist/" + id + "/suspend")));
		this.mvc.perform(get("/whitelist").param("level", "DISTRICT").with(as("xinqiao")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(enterprise.creditCode())))
			.andExpect(content().string(not(containsString("/whitelist/" + id + "/suspend"))));
		this.mvc.perform(get("/whitelist").param("level", "NOT-A-LEVEL").with(as("songjiang")))
			.andExpect(status().isOk());

		this.mvc.perform(post("/whitelist/" + id + "/suspend").with(as("songjiang")).with(csrf())
			.param("reason", "")
			.param("back.level", "DISTRICT"))
			.andExpect(redirectedUrl("/whitelist?level=DISTRICT"))
			.andExpect(flash().attribute("error", "whitelist.reason.required"));
		this.mvc.perform(post("/whitelist/" + id + "/suspend").with(as("songjiang")).with(csrf())
			.param("reason", "网格督查：未落实一日两测")
			.param("version", "0"))
			.andExpect(redirectedUrl("/whitelist"))
			.andExpect(flash().attribute("message", "whitelist.changed.suspend"));
		this.mvc.perform(post("/whitelist/" + id + "/restore").with(as("songjiang")).with(csrf())
			.param("reason", "已整改")
			.param("version", "0"))
			.andExpect(flash().attribute("error", "problem.409.stale"));
		this.mvc.perform(post("/whitelist/" + id + "/suspend").with(as("songjiang")).with(csrf())
			.param("reason", "重复提交"))
			.andExpect(flash().attribute("error", "whitelist.transition.illegal"));
		this.mvc.perform(post("/whitelist/" + id + "/remove").with(as("xinqiao")).with(csrf()).param("reason", "越级"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/whitelist/" + id + "/remove").with(as("fengxian")).with(csrf()).param("reason", "越权"))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("SELECT status FROM whitelist_entry WHERE id = ?", String.class, id))
			.isEqualTo("SUSPENDED");
		this.mvc.perform(get("/whitelist/mine").with(as(enterprise.username())))
			.andExpect(content().string(containsString("网格督查：未落实一日两测")));
	}

	@Test
	void cityOfficialsImportOnThePageAndSeeTheLinesAtFault() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.mvc.perform(get("/whitelist/import/template.csv").with(as("city")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().bytes(WhitelistCsv.template()));
		byte[] bad = ("统一社会信用代码,企业名称,批次,原因\n" + enterprise.creditCode() + "," + enterprise.name()
				+ ",第四批,\n91310117MA1J3L4X2Z,某公司,第四批,\n")
			.getBytes(StandardCharsets.UTF_8);
		ImportResult result = (ImportResult) this.mvc
			.perform(multipart("/whitelist/import").file(new MockMultipartFile("file", "名单.csv", "text/csv", bad))
				.with(as("city"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>3</td>")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("result");
		assertThat(result.imported()).isFalse();
		assertThat(result.errors()).extracting(ImportResult.Line::line).containsExactly(3);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM whitelist_entry WHERE enterprise_id = ?",
				Integer.class, enterprise.id())).isZero();
		this.mvc.perform(multipart("/whitelist/import").with(as("city")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("fileError", "file.empty"));
		this.mvc.perform(get("/whitelist/import").with(as("songjiang"))).andExpect(status().isForbidden());
	}

	private RequestBuilder change(long id, String action, String reason,
			String who) {
		return post("/api/v1/whitelist/" + id + "/" + action).with(as(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"" + reason + "\"}");
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
