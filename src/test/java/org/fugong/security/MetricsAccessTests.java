package org.fugong.security;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /actuator/prometheus} on the public port: only the scrape account reads
 * it; nobody anonymous, no user of the platform (an administrator included), no
 * wrong password. What it shows: the gate, the scan log, the verification cache,
 * jobs, the SMS outbox and the connection pool.
 */
@IntegrationTest
class MetricsAccessTests {

	private static final String PATH = "/actuator/prometheus";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void nobodyButTheScrapeAccountReadsTheMetricsOnThePublicPort() throws Exception {
		this.mvc.perform(get(PATH))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"))
			.andExpect(content().string(not(containsString("jvm_"))));
		for (String account : new String[] { "admin", "city", "songjiang", "guard1", "demo-ent" }) {
			int signedIn = this.mvc.perform(get(PATH).with(user(this.users.loadUserByUsername(account))))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(signedIn).as(account).isIn(401, 403);
			this.mvc.perform(get(PATH).with(httpBasic(account, "Fugong@2026"))).andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get(PATH).with(httpBasic("prometheus", "wrong-password"))).andExpect(status().isUnauthorized());
		this.mvc.perform(get(PATH).with(httpBasic("prometheus", IntegrationTest.SCRAPE_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void theMetricsShowTheGateTheCacheJobsTheOutboxAndThePool() throws Exception {
		this.mvc.perform(post("/api/v1/gate/verify").with(user(this.users.loadUserByUsername("guard1")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"qrText\": \"not a pass\", \"direction\": \"IN\", \"scanId\": \"" + UUID.randomUUID() + "\"}"))
			.andExpect(status().isOk());

		String metrics = this.mvc.perform(get(PATH).with(httpBasic("prometheus", IntegrationTest.SCRAPE_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(metrics).containsPattern("fugong_gate_verifications_seconds_count\\{path=\"api\",verdict=\"INVALID\"} [1-9]")
			.contains("fugong_gate_verifications_seconds_bucket{path=\"fast\"")
			.contains("fugong_gate_scan_log_queue ")
			.contains("fugong_gate_scan_log_batches_seconds_count")
			.contains("fugong_gate_cache_entries{kind=\"passes\"}")
			.contains("fugong_gate_cache_reload_age_seconds ")
			.contains("fugong_jobs_running_seconds_count{kind=\"import\"}")
			.contains("fugong_jobs_running_seconds_count{kind=\"export\"}")
			.contains("fugong_sms_outbox{state=\"pending\"}")
			.contains("hikaricp_connections_active");
	}

}
