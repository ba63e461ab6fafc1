package org.fugong.dossier;

import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 一企一档 on the demo data: demo-ent's file gathers what each module holds on
 * it (its liaison and visits, applications with their steps, passes, daily
 * reports, tests, notices, appeals) with one timeline, newest first; the same
 * numbers as each module's own tables; the page shows every section.
 */
@IntegrationTest
class EnterpriseFileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFileGathersEveryModuleOnOneAnswer() throws Exception {
		long id = enterpriseOf("demo-ent");
		String body = this.mvc.perform(get("/api/v1/enterprises/{id}/file", id).with(as("xinqiao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profile.id").value(id))
			.andExpect(jsonPath("$.profile.contactPhone", containsString("****")))
			.andExpect(jsonPath("$.verification.state").exists())
			.andExpect(jsonPath("$.liaison.officer").value("xinqiao"))
			.andExpect(jsonPath("$.passes.active").isNumber())
			.andExpect(jsonPath("$.tests.testsLast7Days").isNumber())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Object>>read(body, "$.visits")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(JsonPath.<Integer>read(body, "$.applications.length()")).isEqualTo(
				count("SELECT least(count(*), 50) FROM resumption_request WHERE enterprise_id = ?", id));
		assertThat(JsonPath.<Integer>read(body, "$.rectifications.length()")).isEqualTo(
				count("SELECT least(count(*), 50) FROM rectification_notice WHERE enterprise_id = ?", id));
		assertThat(JsonPath.<Integer>read(body, "$.appeals.length()")).isEqualTo(
				count("SELECT least(count(*), 50) FROM appeal WHERE enterprise_id = ?", id));
		assertThat(JsonPath.<Integer>read(body, "$.employees")).isEqualTo(
				count("SELECT count(*) FROM employee WHERE enterprise_id = ? AND active", id));
		assertThat(JsonPath.<Integer>read(body, "$.dailyReports.length()")).isEqualTo(
				count("SELECT least(count(*), 14) FROM daily_report WHERE enterprise_id = ?", id));
		List<String> kinds = JsonPath.read(body, "$.timeline[*].kind");
		assertThat(kinds).contains("VISIT", "LIAISON_ASSIGNED");
		List<String> times = JsonPath.read(body, "$.timeline[*].at");
		assertThat(times.stream().map(Instant::parse).toList())
			.isSortedAccordingTo(java.util.Comparator.<Instant>naturalOrder().reversed());
	}

	@Test
	void thePageShowsEverySectionToTheRegionAndNothingToOthers() throws Exception {
		long id = enterpriseOf("demo-ent");
		this.mvc.perform(get("/enterprises/{id}", id).with(as("songjiang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"applications\"")))
			.andExpect(content().string(containsString("id=\"whitelist\"")))
			.andExpect(content().string(containsString("id=\"passes\"")))
			.andExpect(content().string(containsString("id=\"workforce\"")))
			.andExpect(content().string(containsString("id=\"inspections\"")))
			.andExpect(content().string(containsString("id=\"appeals\"")))
			.andExpect(content().string(containsString("id=\"timeline\"")))
			.andExpect(content().string(containsString("新桥镇工作专班")))
			.andExpect(content().string(not(containsString("13816602231"))));
		this.mvc.perform(get("/enterprises/{id}", id).with(as("fengxian"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/enterprises/{id}/file", id).with(as("demo-ent")))
			.andExpect(status().isForbidden());
	}

	private long enterpriseOf(String username) {
		return this.jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = ?", Long.class, username);
	}

	private int count(String sql, long id) {
		return this.jdbc.queryForObject(sql, Integer.class, id);
	}

	private RequestPostProcessor as(String who) {
		return user(this.users.loadUserByUsername(who));
	}

}
