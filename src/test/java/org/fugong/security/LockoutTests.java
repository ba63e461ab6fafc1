package org.fugong.security;

import jakarta.servlet.http.Cookie;

import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LockoutTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
		String username = Registrations.register(this.mvc, "310117", "310117105").username();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(username).password("Wrong@pass1"))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin().user(username).password(Registrations.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, Registrations.PASSWORD)))
			.andExpect(status().isUnauthorized());
		assertThat(auditCount(username, "ACCOUNT_LOCKED")).isOne();
	}

	@Test
	void failuresFromTheFormAndHttpBasicCountTogether() throws Exception {
		String username = Registrations.register(this.mvc, "310117", "310117105").username();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(formLogin().user(username).password("Wrong@pass1")).andExpect(unauthenticated());
		}
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(get("/api/v1/me").with(httpBasic(username, "Wrong@pass1")))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, Registrations.PASSWORD)))
			.andExpect(status().isUnauthorized());
		assertThat(auditCount(username, "ACCOUNT_LOCKED")).isOne();
	}

	@Test
	void theLockEndsAfterItsTimeAndASuccessResetsTheCount() throws Exception {
		String username = Registrations.register(this.mvc, "310117", "310117105").username();
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(formLogin().user(username).password("Wrong@pass1")).andExpect(unauthenticated());
		}
		this.mvc.perform(formLogin().user(username).password(Registrations.PASSWORD)).andExpect(authenticated());
		assertThat(this.jdbc.queryForObject("SELECT failed_attempts FROM app_user WHERE username = ?", Integer.class,
				username))
			.isZero();

		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(username).password("Wrong@pass1")).andExpect(unauthenticated());
		}
		this.jdbc.update("UPDATE app_user SET locked_until = now() - interval '1 minute' WHERE username = ?", username);
		this.mvc.perform(formLogin().user(username).password(Registrations.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void unknownUserAndLockedUserGetTheSameAnswer() throws Exception {
		this.mvc.perform(formLogin().user("nobody-at-all").password("Wrong@pass1"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("nobody-at-all", "Wrong@pass1")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void successfulLoginChangesTheSessionId() throws Exception {
		String username = Registrations.register(this.mvc, "310117", "310117105").username();
		Cookie anonymous = this.mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(anonymous).isNotNull();
		Cookie signedIn = this.mvc
			.perform(post("/login").with(csrf())
				.cookie(anonymous)
				.param("username", username)
				.param("password", Registrations.PASSWORD))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(signedIn).isNotNull();
		assertThat(signedIn.getValue()).isNotEqualTo(anonymous.getValue());
	}

	private int auditCount(String username, String action) {
		return this.jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE actor = ? AND action = ?",
				Integer.class, username, action);
	}

}
