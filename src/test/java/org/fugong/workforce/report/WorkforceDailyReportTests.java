package org.fugong.workforce.report;

import org.fugong.common.TimeFormat;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.workforce.Workforces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.workforce.Workforces.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The daily report: one per day, corrected that day only, the replaced values kept. */
@IntegrationTest
class WorkforceDailyReportTests {

	private static final String REPORT = """
			{"date": "%s", "staffOnSite": %d, "capacityPercent": %d, "antigenTested": 10, "pcrSampled": 9,
			 "abnormal": 0, "problems": "%s"}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	private Registered enterprise;

	@BeforeEach
	void register() throws Exception {
		this.enterprise = Registrations.register(this.mvc, "310117", "310117105");
	}

	@Test
	void aSecondReportTheSameDayUpdatesItAndKeepsThePreviousValues() throws Exception {
		String today = TimeFormat.today().toString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(this.mvc.perform(post("/api/v1/daily-reports")
			.with(as(this.enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content(REPORT.formatted(today, 12, 30, "原材料短缺")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.staffOnSite").value(12))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id")).longValue();
		this.mvc.perform(post("/api/v1/daily-reports").with(as(this.enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content(REPORT.formatted(today, 15, 40, "")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.capacityPercent").value(40));
		assertThat(this.jdbc.queryForObject(
				"SELECT staff_on_site || ' ' || capacity_percent || ' ' || problems FROM daily_report_revision WHERE report_id = ?",
				String.class, id)).isEqualTo("12 30 原材料短缺");
		this.mvc.perform(get("/api/v1/daily-reports").with(as(this.enterprise)))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].staffOnSite").value(15));
	}

	@Test
	void aPastDayIsClosedAndAFutureDayDoesNotExistYet() throws Exception {
		this.mvc.perform(post("/api/v1/daily-reports").with(as(this.enterprise))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(REPORT.formatted(TimeFormat.today().minusDays(1), 12, 30, "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Only today")));
		this.mvc.perform(post("/api/v1/daily-reports").with(as(this.enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content(REPORT.formatted(TimeFormat.today().plusDays(1), 12, 30, "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		this.mvc.perform(post("/api/v1/daily-reports").with(as(this.enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content(REPORT.formatted(TimeFormat.today(), 12, 130, "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("capacityPercent"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM daily_report WHERE enterprise_id = ?", Integer.class,
				this.enterprise.id())).isZero();
	}

	@Test
	void thePageStartsFromTheRosterAndFilesToday() throws Exception {
		Workforces.addEmployee(this.mvc, this.enterprise, "驻厂员工", Workforces.idNumber());
		var page = user(this.users.loadUserByUsername(this.enterprise.username()));
		this.mvc.perform(get("/workforce/daily-reports").with(page))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"staffOnSite\" value=\"1\"")));
		this.mvc.perform(post("/workforce/daily-reports").with(page).with(csrf())
			.param("staffOnSite", "1").param("capacityPercent", "101").param("antigenTested", "1")
			.param("pcrSampled", "1").param("abnormal", "0"))
			.andExpect(status().isOk());
		this.mvc.perform(post("/workforce/daily-reports").with(page).with(csrf())
			.param("staffOnSite", "1").param("capacityPercent", "35").param("antigenTested", "1")
			.param("pcrSampled", "1").param("abnormal", "0"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("SELECT capacity_percent FROM daily_report WHERE enterprise_id = ?",
				Integer.class, this.enterprise.id())).isEqualTo(35);
	}

}
