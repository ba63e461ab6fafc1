package org.fugong.selfcheck;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new enterprise runs the self-check: sees what fails and why, fixes it, passes.
 */
@IntegrationTest
class SelfCheckFlowTests {

	private static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	SelfCheckService checks;

	@Autowired
	JdbcTemplate jdbc;

	private Registered ent;

	private List<Map<String, Object>> items;

	@BeforeEach
	void registerAndReadTheTemplate() throws Exception {
		this.ent = Registrations.register(this.mvc, "310117", "310117105");
		String template = this.mvc.perform(get("/api/v1/self-checks/template").with(as(this.ent.username())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].code").isString())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		this.items = JsonPath.read(template, "$.items");
		assertThat(this.items).hasSizeGreaterThan(20);
	}

	@Test
	void everythingDoneWithEvidencePassesAndCountsForSevenDays() throws Exception {
		String body = this.mvc.perform(withEvidence(answers(true, true), 150))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.passed").value(true))
			.andExpect(jsonPath("$.failed").isEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		assertThat(this.checks.validPassedCheck(this.ent.id())).isPresent();
		this.jdbc.update("UPDATE selfcheck SET checked_at = now() - interval '8 days' WHERE id = ?", id);
		assertThat(this.checks.validPassedCheck(this.ent.id())).as("older than 7 days").isEmpty();
	}

	@Test
	void aMissingMandatoryItemFailsAndIsNamedWithItsGuidance() throws Exception {
		Map<String, Object> mandatory = this.items.stream()
			.filter((i) -> Boolean.TRUE.equals(i.get("mandatory")) && "ALWAYS".equals(i.get("appliesWhen"))
					&& "NONE".equals(i.get("evidence")))
			.findFirst()
			.orElseThrow();
		List<Map<String, Object>> answers = answers(true, true);
		answers.removeIf((a) -> a.get("code").equals(mandatory.get("code")));
		answers.add(Map.of("code", mandatory.get("code"), "satisfied", false));
		this.mvc.perform(withEvidence(answers, 150))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.passed").value(false))
			.andExpect(jsonPath("$.failed", hasItem(mandatory.get("code"))))
			.andExpect(jsonPath("$.shortfalls[0].reason").value("NOT_SATISFIED"))
			.andExpect(jsonPath("$.shortfalls[0].guidance").value(mandatory.get("guidance")));
	}

	@Test
	void requiredNotesAndFilesAreEvidence() throws Exception {
		String body = this.mvc.perform(post("/api/v1/self-checks").with(as(this.ent.username()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(answers(true, false), 150)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.passed").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> reasons = JsonPath.read(body, "$.shortfalls[*].reason");
		assertThat(reasons).contains("NOTE_MISSING", "FILE_MISSING").doesNotContain("NOT_SATISFIED");
	}

	@Test
	void itemsApplyByTheSite() throws Exception {
		String sampling = code("STAFF_ON_SITE_100", true);
		List<Map<String, Object>> answers = answers(true, true);
		answers.removeIf((a) -> a.get("code").equals(sampling));
		this.mvc.perform(withEvidence(answers, 50)).andExpect(jsonPath("$.passed").value(true));
		this.mvc.perform(withEvidence(answers, 150))
			.andExpect(jsonPath("$.passed").value(false))
			.andExpect(jsonPath("$.failed", hasItem(sampling)));
	}

	@Test
	void unknownOrRepeatedItemsAreRefusedByField() throws Exception {
		this.mvc.perform(post("/api/v1/self-checks").with(as(this.ent.username()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": [{\"code\": \"XX-99\", \"satisfied\": true}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("answers[0].code"));
		this.mvc.perform(post("/api/v1/self-checks").with(as(this.ent.username()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"staffOnSite\": -1, \"answers\": [{\"code\": \"\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("staffOnSite")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM selfcheck WHERE enterprise_id = ?", Integer.class,
				this.ent.id())).isZero();
	}

	@Test
	void onThePageADraftIsKeptThenFixedAndPassed() throws Exception {
		// First attempt on the page: all "done" but no evidence → fails, naming the items.
		MockMultipartHttpServletRequestBuilder page = multipart("/self-check");
		page.param("staffOnSite", "150").param("action", "draft");
		for (Map<String, Object> item : this.items) {
			page.param("answers[" + item.get("code") + "].satisfied", "true");
		}
		this.mvc.perform(page.with(as(this.ent.username())).with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/self-check").with(as(this.ent.username())))
			.andExpect(content().string(containsString("已载入上次保存的草稿")));

		MockMultipartHttpServletRequestBuilder submit = multipart("/self-check");
		submit.param("staffOnSite", "150").param("action", "submit");
		for (Map<String, Object> item : this.items) {
			submit.param("answers[" + item.get("code") + "].satisfied", "true");
		}
		String failedAt = this.mvc.perform(submit.with(as(this.ent.username())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(failedAt).with(as(this.ent.username())))
			.andExpect(content().string(containsString("需要整改的项目")))
			.andExpect(content().string(containsString("缺少须上传的材料")));

		// Fixed: notes and files given.
		MockMultipartHttpServletRequestBuilder fixed = multipart("/self-check");
		fixed.param("staffOnSite", "150").param("action", "submit");
		for (Map<String, Object> item : this.items) {
			fixed.param("answers[" + item.get("code") + "].satisfied", "true");
			if ("NOTE".equals(item.get("evidence"))) {
				fixed.param("answers[" + item.get("code") + "].note", "负责人：张三 13800138000");
			}
			if ("FILE".equals(item.get("evidence"))) {
				fixed.file(new MockMultipartFile("evidence-" + item.get("code"), "方案.pdf", "application/pdf", PDF));
			}
		}
		String passedAt = this.mvc.perform(fixed.with(as(this.ent.username())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(passedAt).with(as(this.ent.username())))
			.andExpect(content().string(containsString("自查通过")));
		this.mvc.perform(get("/self-check/history").with(as(this.ent.username())))
			.andExpect(content().string(containsString("通过")))
			.andExpect(content().string(containsString("未通过")));
		String fileItem = code("ALWAYS", true, "FILE");
		this.mvc.perform(get(passedAt + "/evidence/" + fileItem).with(as(this.ent.username())))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PDF));
		// Another enterprise sees none of it.
		this.mvc.perform(get(passedAt).with(as("demo-ent"))).andExpect(status().isNotFound());
		this.mvc.perform(get(passedAt + "/evidence/" + fileItem).with(as("demo-ent"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1" + passedAt.replace("/self-check/", "/self-checks/")).with(as("demo-ent")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aWrongEvidenceFileIsRefusedBesideItsItem() throws Exception {
		String fileItem = code("ALWAYS", true, "FILE");
		MockMultipartHttpServletRequestBuilder page = multipart("/self-check");
		page.param("staffOnSite", "10").param("action", "submit");
		page.file(new MockMultipartFile("evidence-" + fileItem, "plan.pdf", "application/pdf", "<html>".getBytes()));
		this.mvc.perform(page.with(as(this.ent.username())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只接受 PDF 或图片")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM selfcheck WHERE enterprise_id = ?", Integer.class,
				this.ent.id())).isZero();
	}

	@Test
	void aNewTemplateVersionLeavesPastResultsAsTheyWere() throws Exception {
		String body = this.mvc.perform(withEvidence(answers(true, true), 150))
			.andExpect(jsonPath("$.passed").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String firstCode = (String) this.items.get(0).get("code");
		String firstText = this.jdbc.queryForObject(
				"SELECT text_zh FROM selfcheck_item i JOIN selfcheck_template t ON t.id = i.template_id WHERE t.active AND code = ?",
				String.class, firstCode);
		try {
			this.jdbc.update("UPDATE selfcheck_template SET active = false WHERE active");
			this.jdbc.update("INSERT INTO selfcheck_template (version, published_at, active) VALUES (99, now(), true)");
			this.jdbc.update("""
					INSERT INTO selfcheck_item (template_id, code, position, category, text_zh, text_en, mandatory,
					  applies_when, evidence, guidance_code)
					SELECT (SELECT id FROM selfcheck_template WHERE version = 99), code, position, category,
					  '新版：' || text_zh, text_en, true, applies_when, evidence, guidance_code
					FROM selfcheck_item WHERE template_id = (SELECT id FROM selfcheck_template WHERE version = 1)
					""");
			this.mvc.perform(get("/api/v1/self-checks/template").with(as(this.ent.username())))
				.andExpect(jsonPath("$.version").value(99))
				.andExpect(jsonPath("$.items[0].text").value(containsString("新版")));
			this.mvc.perform(get("/api/v1/self-checks/" + id).with(as(this.ent.username())))
				.andExpect(jsonPath("$.passed").value(true))
				.andExpect(jsonPath("$.templateVersion").value(1));
			this.mvc.perform(get("/self-check/" + id).with(as(this.ent.username())))
				.andExpect(content().string(containsString(firstText)))
				.andExpect(content().string(not(containsString("新版："))));
		}
		finally {
			this.jdbc.update("DELETE FROM selfcheck_item WHERE template_id = (SELECT id FROM selfcheck_template WHERE version = 99)");
			this.jdbc.update("DELETE FROM selfcheck_template WHERE version = 99");
			this.jdbc.update("UPDATE selfcheck_template SET active = true WHERE version = 1");
		}
	}

	@Test
	void guidanceShowsTheItemsItRequires() throws Exception {
		this.mvc.perform(get("/guidance").with(as(this.ent.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("G-SAMPLING-POINT")));
		this.mvc.perform(get("/guidance/G-SAMPLING-POINT").with(as(this.ent.username())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code("STAFF_ON_SITE_100", true))));
		this.mvc.perform(get("/guidance/NOPE").with(as(this.ent.username()))).andExpect(status().isNotFound());
	}

	@Test
	void smallEnterprisesAreNotShownSamplingPointGuidance() throws Exception {
		this.jdbc.update("UPDATE enterprise SET staff_count = 30 WHERE id = ?", this.ent.id());
		this.mvc.perform(get("/guidance").with(as(this.ent.username())))
			.andExpect(content().string(not(containsString("G-SAMPLING-POINT"))));
	}

	private String code(String appliesWhen, boolean mandatory) {
		return this.items.stream()
			.filter((i) -> appliesWhen.equals(i.get("appliesWhen")) && Boolean.valueOf(mandatory).equals(i.get("mandatory")))
			.map((i) -> (String) i.get("code"))
			.findFirst()
			.orElseThrow();
	}

	private String code(String appliesWhen, boolean mandatory, String evidence) {
		return this.items.stream()
			.filter((i) -> appliesWhen.equals(i.get("appliesWhen")) && Boolean.valueOf(mandatory).equals(i.get("mandatory"))
					&& evidence.equals(i.get("evidence")))
			.map((i) -> (String) i.get("code"))
			.findFirst()
			.orElseThrow();
	}

	private List<Map<String, Object>> answers(boolean satisfied, boolean withNotes) {
		List<Map<String, Object>> answers = new ArrayList<>();
		for (Map<String, Object> item : this.items) {
			if (withNotes && "NOTE".equals(item.get("evidence"))) {
				answers.add(Map.of("code", item.get("code"), "satisfied", satisfied, "note", "负责人：李四"));
			}
			else {
				answers.add(Map.of("code", item.get("code"), "satisfied", satisfied));
			}
		}
		return answers;
	}

	private MockMultipartHttpServletRequestBuilder withEvidence(List<Map<String, Object>> answers, int staff)
			throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/self-checks");
		request.file(new MockMultipartFile("check", "", MediaType.APPLICATION_JSON_VALUE,
				json(answers, staff).getBytes(StandardCharsets.UTF_8)));
		for (Map<String, Object> item : this.items) {
			if ("FILE".equals(item.get("evidence"))) {
				request.file(new MockMultipartFile("evidence-" + item.get("code"), "证明.pdf", "application/pdf", PDF));
			}
		}
		request.with(as(this.ent.username()));
		return request;
	}

	private String json(List<Map<String, Object>> answers, int staff) {
		StringBuilder json = new StringBuilder("{\"staffOnSite\": " + staff
				+ ", \"hasDormitory\": true, \"hasCanteen\": true, \"importedGoods\": true, \"hasVehicles\": true, \"answers\": [");
		for (int i = 0; i < answers.size(); i++) {
			Map<String, Object> a = answers.get(i);
			json.append(i > 0 ? "," : "")
				.append("{\"code\":\"").append(a.get("code")).append("\",\"satisfied\":").append(a.get("satisfied"));
			if (a.containsKey("note")) {
				json.append(",\"note\":\"").append(a.get("note")).append("\"");
			}
			json.append("}");
		}
		return json.append("]}").toString();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
