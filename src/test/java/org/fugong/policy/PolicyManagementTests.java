package org.fugong.policy;

import java.nio.charset.StandardCharsets;

import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PolicyManagementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void cityOfficialPublishesACityPolicyThatReachesMatchingEnterprises() throws Exception {
		String title = "测试：松江制造业复工补贴 " + System.nanoTime();
		long id = create(as("city"), form(title, "CITY").param("industries", "MANUFACTURING")
			.param("staffAtLeast", "300")
			.param("regionWithin", "310117"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE action = 'POLICY_CREATED' AND target_id = ?",
				Integer.class, Long.toString(id))).isOne();
		this.mvc.perform(get("/api/v1/policies/matching").with(as("demo-ent")))
			.andExpect(content().string(containsString(title)));
		this.mvc.perform(get("/api/v1/policies/matching").with(as("ent-chedun")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(title))));
		this.mvc.perform(get("/api/v1/policies").param("q", "复工补贴").with(as("xinqiao")))
			.andExpect(content().string(containsString(title)));
	}

	@Test
	void aDistrictOfficialPublishesOnlyForTheirDistrict() throws Exception {
		String title = "测试：奉贤区稳岗补贴 " + System.nanoTime();
		long id = create(as("fengxian"), form(title, "DISTRICT"));
		assertThat(this.jdbc.queryForObject("SELECT region_code FROM policy WHERE id = ?", String.class, id))
			.isEqualTo("310120");
		this.mvc.perform(form("/policies/new", "越权", "CITY").with(as("fengxian")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "level", "policy.level.notYours"));
		this.mvc.perform(get("/policies/" + id + "/edit").with(as("songjiang"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/policies/" + id + "/edit").with(as("city"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/policies/" + id + "/edit").with(as("fengxian"))).andExpect(status().isOk());
	}

	@Test
	void badInputIsAnsweredFieldByFieldAndChangesNothing() throws Exception {
		int before = count();
		this.mvc.perform(post("/policies/new").with(as("city")).with(csrf())
			.param("title", "")
			.param("level", "CITY")
			.param("effectiveFrom", "2026-05-01")
			.param("expiresOn", "2026-04-01")
			.param("staffAtLeast", "500")
			.param("staffAtMost", "100")
			.param("publishedOn", "not-a-date"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "title", "issuer", "summary", "body", "categories",
					"publishedOn", "expiresOn", "staffAtMost"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void bodiesAreSanitized() throws Exception {
		long id = create(as("city"), form("测试：清洗正文 " + System.nanoTime(), "CITY").param("body",
				"<p>正文</p><script>alert('x')</script><p onclick=\"x()\">段落</p>"));
		String body = this.jdbc.queryForObject("SELECT body FROM policy WHERE id = ?", String.class, id);
		assertThat(body).contains("<p>正文</p>").doesNotContain("script", "onclick");
	}

	@Test
	void editingWithAStaleVersionConflictsAndWithdrawingHidesThePolicy() throws Exception {
		String title = "测试：撤回 " + System.nanoTime();
		long id = create(as("city"), form(title, "CITY"));
		this.mvc.perform(form("/policies/" + id + "/edit", title + "（修订）", "CITY").param("version", "0")
			.with(as("city"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(form("/policies/" + id + "/edit", title + "（过期修改）", "CITY").param("version", "0")
			.with(as("city"))
			.with(csrf()))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("SELECT title FROM policy WHERE id = ?", String.class, id)).endsWith("（修订）");

		this.mvc.perform(post("/policies/" + id + "/withdraw").with(as("city")).with(csrf()).param("reason", ""))
			.andExpect(flash().attribute("error", "policy.withdraw.reasonRequired"));
		this.mvc.perform(post("/policies/" + id + "/withdraw").with(as("city")).with(csrf()).param("reason", "已被新政策替代"))
			.andExpect(flash().attribute("message", "policy.withdrawn"));
		this.mvc.perform(get("/api/v1/policies").param("q", "撤回").with(as("demo-ent")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(title))));
		this.mvc.perform(get("/api/v1/policies/matching").with(as("demo-ent")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(title))));
		this.mvc.perform(get("/api/v1/policies/" + id).with(as("demo-ent"))).andExpect(jsonPath("$.withdrawn").value(true));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE action = 'POLICY_WITHDRAWN' AND target_id = ?",
				Integer.class, Long.toString(id))).isOne();
	}

	@Test
	void attachmentsAreCheckedByContent() throws Exception {
		long id = create(as("city"), form("测试：附件 " + System.nanoTime(), "CITY"));
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		this.mvc.perform(multipart("/policies/" + id + "/attachments")
			.file(new MockMultipartFile("file", "申报指南.pdf", "application/pdf", pdf)).with(as("city")).with(csrf()))
			.andExpect(flash().attribute("message", "policy.attachment.added"));
		this.mvc.perform(multipart("/policies/" + id + "/attachments")
			.file(new MockMultipartFile("file", "伪装.pdf", "application/pdf", "MZ\u0090\u0000 not a pdf".getBytes()))
			.with(as("city"))
			.with(csrf())).andExpect(flash().attribute("error", "file.typeNotAllowed"));
		Long attachment = this.jdbc.queryForObject("SELECT id FROM policy_attachment WHERE policy_id = ?", Long.class, id);
		this.mvc.perform(get("/policies/" + id + "/attachments/" + attachment).with(as("demo-ent")))
			.andExpect(status().isOk())
			.andExpect(content().bytes(pdf));
		this.mvc.perform(get("/api/v1/policies/" + id).with(as("demo-ent")))
			.andExpect(jsonPath("$.attachments[0].filename").value("申报指南.pdf"))
			.andExpect(jsonPath("$.attachments[0].sha256").isString());
		this.mvc.perform(multipart("/policies/" + id + "/attachments")
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf)).with(as("songjiang")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private long create(RequestPostProcessor who, MockHttpServletRequestBuilder form) throws Exception {
		String location = this.mvc.perform(form.with(who).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockHttpServletRequestBuilder form(String title, String level) {
		return form("/policies/new", title, level);
	}

	private MockHttpServletRequestBuilder form(String path, String title, String level) {
		return post(path).param("title", title)
			.param("issuer", "测试发文单位")
			.param("level", level)
			.param("summary", "测试摘要")
			.param("body", "<p>测试正文，支持企业复工复产。</p>")
			.param("publishedOn", "2026-11-01")
			.param("effectiveFrom", "2026-11-01")
			.param("categories", "EMPLOYMENT");
	}

	private int count() {
		return this.jdbc.queryForObject("SELECT count(*) FROM policy", Integer.class);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
