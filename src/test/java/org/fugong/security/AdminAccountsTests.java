package org.fugong.security;

import org.fugong.support.IntegrationTest;
import org.fugong.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AdminAccountsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminCreatesATownOfficerWhoCanSignInAndIsAudited() throws Exception {
		String username = TestData.username("officer");
		this.mvc.perform(post("/admin/users/new").with(admin()).with(csrf())
			.param("username", username)
			.param("displayName", "车墩镇专班")
			.param("role", "TOWN_OFFICER")
			.param("regionCode", "310117104")
			.param("password", "Officer#2026"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(formLogin().user(username).password("Officer#2026")).andExpect(authenticated());
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_log WHERE action = 'ACCOUNT_CREATED' AND target_id = ? AND actor = 'admin'",
				Integer.class, username))
			.isOne();
	}

	@Test
	void regionMustFitTheRoleAndPasswordMustBeStrong() throws Exception {
		String username = TestData.username("officer");
		this.mvc.perform(post("/admin/users/new").with(admin()).with(csrf())
			.param("username", username)
			.param("displayName", "错误的区域")
			.param("role", "TOWN_OFFICER")
			.param("regionCode", "310117")
			.param("password", "weakpass"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "regionCode", "account.region.invalid"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "StrongPassword"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM app_user WHERE username = ?", Integer.class, username))
			.isZero();
	}

	@Test
	void takenUsernameIsNamed() throws Exception {
		this.mvc.perform(post("/admin/users/new").with(admin()).with(csrf())
			.param("username", "songjiang")
			.param("displayName", "重复")
			.param("role", "DISTRICT_OFFICIAL")
			.param("regionCode", "310117")
			.param("password", "Officer#2026"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "account.username.taken"));
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		String username = TestData.username("guard");
		this.mvc.perform(post("/admin/users/new").with(admin()).with(csrf())
			.param("username", username)
			.param("displayName", "卡口")
			.param("role", "GUARD")
			.param("regionCode", "310117105")
			.param("password", "Guard#2026x"));
		long id = this.jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
		this.mvc.perform(post("/admin/users/" + id + "/disable").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(formLogin().user(username).password("Guard#2026x")).andExpect(unauthenticated());
		this.mvc.perform(post("/admin/users/" + id + "/enable").with(admin()).with(csrf()));
		this.mvc.perform(formLogin().user(username).password("Guard#2026x")).andExpect(authenticated());
	}

	@Test
	void theAuditLogPageListsSignIns() throws Exception {
		this.mvc.perform(formLogin().user("city").password("Fugong@2026")).andExpect(authenticated());
		this.mvc.perform(get("/admin/audit").param("actor", "city").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("LOGIN")));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user(this.users.loadUserByUsername("admin"));
	}

}
