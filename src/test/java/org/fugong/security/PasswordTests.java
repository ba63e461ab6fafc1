package org.fugong.security;

import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PasswordTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aUserChangesTheirPasswordAfterProvingTheOldOne() throws Exception {
		String username = Registrations.register(this.mvc, "310117", "310117105").username();
		var me = user(this.users.loadUserByUsername(username));
		this.mvc.perform(post("/account/password").with(me).with(csrf())
			.param("currentPassword", "Wrong#pass1")
			.param("newPassword", "weak")
			.param("confirmPassword", "other"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "account.password.wrong"))
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "StrongPassword"))
			.andExpect(model().attributeHasFieldErrorCode("form", "confirmPassword", "account.password.mismatch"));
		this.mvc.perform(formLogin().user(username).password(Registrations.PASSWORD)).andExpect(authenticated());

		this.mvc.perform(post("/account/password").with(me).with(csrf())
			.param("currentPassword", Registrations.PASSWORD)
			.param("newPassword", "Changed#2026x")
			.param("confirmPassword", "Changed#2026x"))
			.andExpect(flash().attribute("message", "account.password.changed"));
		this.mvc.perform(formLogin().user(username).password(Registrations.PASSWORD)).andExpect(unauthenticated());
		this.mvc.perform(formLogin().user(username).password("Changed#2026x")).andExpect(authenticated());
	}

	@Test
	void anAdministratorResetsAForgottenPasswordAndUnlocksTheAccount() throws Exception {
		String username = Registrations.register(this.mvc, "310117", "310117105").username();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(username).password("Forgot#it1"));
		}
		long id = this.jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
		var admin = user(this.users.loadUserByUsername("admin"));
		this.mvc.perform(post("/admin/users/" + id + "/password").with(admin).with(csrf()).param("password", "short"))
			.andExpect(flash().attribute("error", "validation.password.weak"));
		this.mvc.perform(post("/admin/users/" + id + "/password").with(admin).with(csrf()).param("password", "Reset#2026ok"))
			.andExpect(flash().attribute("message", "admin.users.passwordReset"));
		this.mvc.perform(formLogin().user(username).password("Reset#2026ok")).andExpect(authenticated());
	}

}
