package org.fugong.enterprise;

import java.nio.charset.StandardCharsets;

import org.fugong.dashboard.Workbench;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The verification pages: the officials' queue with its filters and count, the
 * decision form with its field errors, the enterprise's own page and the
 * registration page's licence; and the migration of enterprises registered before.
 */
@IntegrationTest
class VerificationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theQueueShowsEachOfficialTheWaitingEnterprisesOfTheRegionWithFilters() throws Exception {
		Registered xinqiao = Registrations.registerPending(this.mvc, "310117", "310117105");
		Registered chedun = Registrations.registerPending(this.mvc, "310117", "310117104");
		Registered nanqiao = Registrations.registerPending(this.mvc, "310120", "310120101");
		this.mvc.perform(get("/enterprises/verifications").param("q", xinqiao.creditCode()).with(as("xinqiao")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(xinqiao.name())))
			.andExpect(content().string(containsString("/enterprises/" + xinqiao.id() + "/licence")));
		this.mvc.perform(get("/enterprises/verifications").param("q", chedun.creditCode()).with(as("xinqiao")))
			.andExpect(content().string(not(containsString(chedun.name()))));
		this.mvc.perform(get("/enterprises/verifications").param("town", "310117104").with(as("songjiang")))
			.andExpect(content().string(containsString(chedun.name())))
			.andExpect(content().string(not(containsString(xinqiao.name()))));
		this.mvc.perform(get("/enterprises/verifications").param("q", nanqiao.creditCode()).with(as("songjiang")))
			.andExpect(content().string(not(containsString(nanqiao.name()))));
		this.mvc.perform(get("/enterprises/verifications").param("q", nanqiao.creditCode()).with(as("fengxian")))
			.andExpect(content().string(containsString(nanqiao.name())));
		this.mvc.perform(get("/enterprises/verifications").param("state", "VERIFIED")
			.param("q", xinqiao.creditCode())
			.with(as("xinqiao"))).andExpect(content().string(not(containsString(xinqiao.name()))));
		long pending = this.jdbc.queryForObject(
				"SELECT count(*) FROM enterprise WHERE verification = 'PENDING' AND town_code = '310117105'", Long.class);
		Workbench workbench = (Workbench) this.mvc.perform(get("/").with(as("xinqiao")))
			.andExpect(content().string(containsString("id=\"home-verification-queue\"")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("workbench");
		assertThat(workbench.queue("verification").waiting()).isEqualTo(pending);
		Workbench city = (Workbench) this.mvc.perform(get("/").with(as("city")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("workbench");
		assertThat(city.queue("verification")).isNull();
	}

	@Test
	void theDecisionFormNamesTheFieldAtFaultAndAnAnsweredEnterpriseIsToldSo() throws Exception {
		Registered enterprise = Registrations.registerPending(this.mvc, "310117", "310117105");
		String page = "/enterprises/" + enterprise.id() + "/verification";
		this.mvc.perform(get(page).with(as("xinqiao")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("营业执照.pdf")))
			.andExpect(content().string(containsString("id=\"verification-form\"")));
		this.mvc.perform(post(page).with(as("xinqiao")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "decision", "verification.decision.required"));
		this.mvc.perform(post(page).param("decision", "REJECTED").param("note", "  ").with(as("xinqiao")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "note", "verification.note.required"))
			.andExpect(content().string(containsString("不通过时请填写核验意见")));
		assertThat(state(enterprise)).isEqualTo("PENDING");
		this.mvc.perform(post(page).param("decision", "REJECTED")
			.param("note", "执照照片不清晰，请重新上传")
			.with(as("xinqiao"))
			.with(csrf()))
			.andExpect(redirectedUrl("/enterprises/verifications"))
			.andExpect(flash().attribute("message", "verification.decided.REJECTED"));
		this.mvc.perform(post(page).param("decision", "VERIFIED").with(as("songjiang")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("error", "verification.decided"))
			.andExpect(content().string(containsString("该企业已有核验结论")));
		assertThat(state(enterprise)).isEqualTo("REJECTED");

		RequestPostProcessor own = as(enterprise.username());
		this.mvc.perform(get("/enterprise/verification").with(own))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("执照照片不清晰，请重新上传")));
		this.mvc.perform(get("/").with(own)).andExpect(content().string(containsString("id=\"home-verification\"")));
		this.mvc.perform(multipart("/enterprise/verification").param("legalRepresentative", "李四").with(own).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请上传营业执照")));
		assertThat(state(enterprise)).isEqualTo("REJECTED");
		this.mvc.perform(multipart("/enterprise/verification").file(Registrations.licence())
			.param("legalRepresentative", "李四")
			.with(own)
			.with(csrf())).andExpect(redirectedUrl("/enterprise/verification"));
		assertThat(state(enterprise)).isEqualTo("PENDING");
		this.mvc.perform(post(page).param("decision", "VERIFIED").with(as("songjiang")).with(csrf()))
			.andExpect(redirectedUrl("/enterprises/verifications"));
		assertThat(state(enterprise)).isEqualTo("VERIFIED");
		this.mvc.perform(get("/").with(own)).andExpect(content().string(not(containsString("id=\"home-verification\""))));
	}

	@Test
	void theRegistrationPageAsksForTheLicenceAndTheLegalRepresentative() throws Exception {
		String code = org.fugong.support.TestData.creditCode();
		this.mvc.perform(multipart("/register").param("creditCode", code)
			.param("name", "页面注册企业")
			.param("districtCode", "310117")
			.param("townCode", "310117105")
			.param("address", "新桥镇民益路 1 号")
			.param("industry", "MANUFACTURING")
			.param("staffCount", "150")
			.param("contactName", "李四")
			.param("contactPhone", "13900139000")
			.param("username", org.fugong.support.TestData.username("nolic"))
			.param("password", Registrations.PASSWORD)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "legalRepresentative", "validation.required"))
			.andExpect(content().string(containsString("请上传营业执照")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM enterprise WHERE credit_code = ?", Long.class, code))
			.isZero();
		this.mvc.perform(get("/register"))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("name=\"licence\"")));
	}

	@Test
	void enterprisesRegisteredBeforeAreVerifiedOnlyWithAWhitelistEntryOrAnApprovedApplication() throws Exception {
		Registered listed = Registrations.register(this.mvc, "310117", "310117105");
		Registered unlisted = Registrations.register(this.mvc, "310117", "310117105");
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/whitelist")
			.with(as("songjiang"))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": " + listed.id() + ", \"level\": \"DISTRICT\", \"batch\": \"首批\"}"))
			.andExpect(status().isCreated());
		// As they stood before the change: no verification decided yet.
		this.jdbc.update("UPDATE enterprise SET verification = 'PENDING', verification_note = NULL, "
				+ "verification_decided_by = NULL, verification_decided_at = NULL WHERE id IN (?, ?)", listed.id(),
				unlisted.id());
		this.jdbc.update(migration().replace("WHERE EXISTS", "WHERE e.id IN (?, ?) AND (EXISTS") + ")", listed.id(),
				unlisted.id());
		assertThat(state(listed)).isEqualTo("VERIFIED");
		assertThat(state(unlisted)).isEqualTo("PENDING");
	}

	/** The data migration of V17: the statement that verifies the enterprises vetted before. */
	private static String migration() throws Exception {
		String sql = new ClassPathResource("db/migration/V17__enterprise_verification.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		int start = sql.indexOf("UPDATE enterprise e");
		return sql.substring(start, sql.indexOf(';', start));
	}

	private String state(Registered enterprise) {
		return this.jdbc.queryForObject("SELECT verification FROM enterprise WHERE id = ?", String.class,
				enterprise.id());
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
