package org.fugong.pass;

import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.TimeFormat;
import org.fugong.security.CurrentUser;
import org.fugong.support.IntegrationTest;
import org.fugong.support.PassFixtures;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.whitelist.WhitelistLevel;
import org.fugong.whitelist.WhitelistService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A health declaration reaches every instance's verification cache the way every
 * other change does: the declaration writes an {@code EMPLOYEE} row to
 * {@code gate_change} in its transaction, and an instance that did not make the
 * change forgets what it held at its next poll (once a second).
 */
@IntegrationTest
class HealthAtTheGateTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	WhitelistService whitelist;

	@Autowired
	PassVerifier verifier;

	@Autowired
	VerificationCache cache;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDeclarationMadeOnAnotherInstanceStopsThePassAfterThePoll() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.whitelist.add((CurrentUser) this.users.loadUserByUsername("songjiang"), enterprise.id(),
				WhitelistLevel.DISTRICT, "测试批", null);
		UserDetails account = this.users.loadUserByUsername(enterprise.username());
		long employee = PassFixtures.employee(this.mvc, account, "何多机", true);
		String qrText = JsonPath.read(this.mvc.perform(post("/api/v1/passes/worker").with(user(account))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"employeeId\": " + employee + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.qrText");
		assertThat(this.verifier.verify(qrText, Instant.now(), null).reason()).isEqualTo(VerificationReason.OK);

		// Through this instance: the change row is written with the declaration.
		this.mvc.perform(post("/api/v1/employees/{id}/health", employee).with(user(account))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"" + TimeFormat.today()
					+ "\", \"temperature\": 38.2, \"symptoms\": [], \"quarantineStatus\": \"NONE\"}"))
			.andExpect(status().isCreated());
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM gate_change WHERE kind = 'EMPLOYEE' AND key = ? AND at > now() - interval '1 minute'",
				Integer.class, employee)).isPositive();
		assertThat(this.verifier.verify(qrText, Instant.now(), null).reason())
			.isEqualTo(VerificationReason.HEALTH_DECLARATION);

		// As another instance would: the row corrected and the change recorded behind this cache's back.
		this.jdbc.update("""
				UPDATE workforce_health_declaration SET temperature = 36.5, abnormal = false
				WHERE employee_id = ? AND declared_on = ?
				""", employee, TimeFormat.today());
		assertThat(this.verifier.verify(qrText, Instant.now(), null).reason())
			.isEqualTo(VerificationReason.HEALTH_DECLARATION);
		this.jdbc.update("INSERT INTO gate_change (kind, key, at) VALUES ('EMPLOYEE', ?, now())", employee);
		this.cache.poll();
		assertThat(this.verifier.verify(qrText, Instant.now(), null).reason()).isEqualTo(VerificationReason.OK);
	}

}
