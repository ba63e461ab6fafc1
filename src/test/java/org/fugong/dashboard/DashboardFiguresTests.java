package org.fugong.dashboard;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.TimeFormat;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.workforce.Workforces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The figures against a small region counted by hand: 上海松江出口加工区
 * (310117507), where no other test puts enterprises. Five enterprises:
 * <pre>
 * E1 city + district lists, above size          reports today, 10 on site   resumed
 * E2 district list, above size                  reports today, 0 on site    not resumed
 * E3 city list, foreign-invested, not above     no report today             not resumed
 * E4 district list, suspended                   (not listed)
 * E5 not whitelisted                            reports today, 5 on site    (not counted)
 * </pre>
 * So 1 of 3 resumed overall; city 1 of 2, district 1 of 2, town 0 of 0; above
 * size 1 of 2; foreign 0 of 1. Yesterday E2 and E3 reported staff on site: 2 of 3.
 * E1 has four employees: two antigen-tested today (one of them twice), one PCR
 * positive today, one untested: 3 tested of 4 registered in E1, 7 in the region.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresTests {

	static final String TOWN = "310117507";

	@Autowired
	TallyCompaction compaction;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	Registered e1;

	Registered e2;

	Registered e3;

	Registered e4;

	Registered e5;

	@BeforeAll
	void fixture() throws Exception {
		this.e1 = Registrations.register(this.mvc, "310117", TOWN);
		this.e2 = Registrations.register(this.mvc, "310117", TOWN);
		this.e3 = Registrations.register(this.mvc, "310117", TOWN);
		this.e4 = Registrations.register(this.mvc, "310117", TOWN);
		this.e5 = Registrations.register(this.mvc, "310117", TOWN);
		this.jdbc.update("UPDATE enterprise SET foreign_invested = true, above_designated_size = false WHERE id = ?",
				this.e3.id());
		list(this.e1, "CITY", "city");
		list(this.e1, "DISTRICT", "songjiang");
		list(this.e2, "DISTRICT", "songjiang");
		list(this.e3, "CITY", "city");
		long suspended = list(this.e4, "DISTRICT", "songjiang");
		this.mvc.perform(post("/api/v1/whitelist/" + suspended + "/suspend").with(as("songjiang"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"整改期间暂停\"}")).andExpect(status().isOk());
		report(this.e1, 10);
		report(this.e2, 0);
		report(this.e5, 5);
		LocalDate yesterday = TimeFormat.today().minusDays(1);
		pastReport(this.e2, yesterday, 7);
		pastReport(this.e3, yesterday, 3);
		long a = Workforces.addEmployee(this.mvc, this.e1, "甲一", Workforces.idNumber());
		long b = Workforces.addEmployee(this.mvc, this.e1, "乙二", Workforces.idNumber());
		long c = Workforces.addEmployee(this.mvc, this.e1, "丙三", Workforces.idNumber());
		Workforces.addEmployee(this.mvc, this.e1, "丁四", Workforces.idNumber());
		Workforces.addEmployee(this.mvc, this.e2, "戊五", Workforces.idNumber());
		Workforces.addEmployee(this.mvc, this.e3, "己六", Workforces.idNumber());
		Workforces.addEmployee(this.mvc, this.e3, "庚七", Workforces.idNumber());
		test(this.e1, a, "ANTIGEN", "NEGATIVE");
		test(this.e1, a, "ANTIGEN", "NEGATIVE");
		test(this.e1, b, "ANTIGEN", "NEGATIVE");
		test(this.e1, c, "PCR", "POSITIVE");
	}

	@Test
	void resumptionRatesMatchTheHandCount() throws Exception {
		String body = overview("region=" + TOWN);
		assertThat(read(body, "$.resumption.overall")).isEqualTo(Map.of("listed", 3, "resumed", 1, "rate", 0.3333));
		assertThat(read(body, "$.resumption.byLevel[?(@.level == 'CITY')].rate")).isEqualTo(List.of(0.5));
		assertThat(read(body, "$.resumption.byLevel[?(@.level == 'CITY')].listed")).isEqualTo(List.of(2));
		assertThat(read(body, "$.resumption.byLevel[?(@.level == 'DISTRICT')].resumed")).isEqualTo(List.of(1));
		assertThat(read(body, "$.resumption.byLevel[?(@.level == 'DISTRICT')].listed")).isEqualTo(List.of(2));
		assertThat(read(body, "$.resumption.byLevel[?(@.level == 'TOWN')].listed")).isEqualTo(List.of(0));
		assertThat(read(body, "$.resumption.aboveDesignatedSize")).isEqualTo(Map.of("listed", 2, "resumed", 1, "rate", 0.5));
		assertThat(read(body, "$.resumption.foreignInvested")).isEqualTo(Map.of("listed", 1, "resumed", 0, "rate", 0.0));
		assertThat(read(body, "$.resumption.byTown[0].code")).isEqualTo(TOWN);
		assertThat(read(body, "$.resumption.byTown[0].listed")).isEqualTo(3);
		String yesterday = TimeFormat.today().minusDays(1).toString();
		assertThat(read(body, "$.resumption.trend[?(@.date == '" + yesterday + "')].resumed")).isEqualTo(List.of(2));
		assertThat(read(body, "$.resumption.trend[?(@.date == '" + yesterday + "')].rate")).isEqualTo(List.of(0.6667));
	}

	@Test
	void resumptionKeepsTheShapeOfTheApi() throws Exception {
		String body = this.mvc.perform(get("/api/v1/stats/resumption").param("region", TOWN).with(as("songjiang")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(read(body, "$.byLevel[?(@.level == 'CITY')].resumed")).isEqualTo(List.of(1));
		assertThat(read(body, "$.aboveDesignatedSize.rate")).isEqualTo(0.5);
		assertThat(read(body, "$.foreignInvested.listed")).isEqualTo(1);
	}

	@Test
	void workforceFiguresCountEachTestedEmployeeOnce() throws Exception {
		String body = overview("region=" + TOWN);
		assertThat(read(body, "$.workforce.registered")).isEqualTo(7);
		assertThat(read(body, "$.workforce.onSite")).isEqualTo(15);
		assertThat(read(body, "$.workforce.reports")).isEqualTo(3);
		assertThat(read(body, "$.workforce.antigenTested")).isEqualTo(2);
		assertThat(read(body, "$.workforce.pcrTested")).isEqualTo(1);
		assertThat(read(body, "$.workforce.tested")).isEqualTo(3);
		assertThat(read(body, "$.workforce.positives")).isEqualTo(1);
		assertThat(read(body, "$.workforce.coverage")).isEqualTo(0.4286);
	}

	@Test
	void compactionKeepsTheFigures() throws Exception {
		String before = overview("region=" + TOWN);
		this.jdbc.update("UPDATE test_day_tally SET compacted = false WHERE enterprise_id = ?", this.e1.id());
		this.compaction.compact();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM test_day_tally WHERE enterprise_id = ?", Integer.class,
				this.e1.id())).isEqualTo(1);
		String after = overview("region=" + TOWN);
		assertThat(read(after, "$.workforce")).isEqualTo(read(before, "$.workforce"));
	}

	@Test
	void theOverviewCarriesTheAppealsAndInspectionsOwnFigures() throws Exception {
		LocalDate today = TimeFormat.today();
		String body = overview("from=" + today.minusDays(27) + "&to=" + today);
		String appeals = this.mvc.perform(get("/api/v1/stats/appeals").param("from", today.minusDays(27).toString())
			.param("to", today.toString()).with(as("songjiang")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(read(body, "$.appeals.received")).isEqualTo(read(appeals, "$.received"));
		assertThat(((Number) read(body, "$.inspections.notices")).longValue()).isNotNegative();
		assertThat(read(overview("region=" + TOWN), "$.appeals.received")).isEqualTo(0);
	}

	@Test
	void theMissingListHoldsTheWhitelistedWithoutAReportAndOneClickRemindsThemOnceADay() throws Exception {
		String body = this.mvc.perform(get("/api/v1/daily-reports/missing").param("region", TOWN).with(as("songjiang")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(read(body, "$.total")).isEqualTo(1);
		assertThat(((Number) read(body, "$.items[0].enterpriseId")).longValue()).isEqualTo(this.e3.id());
		assertThat((String) read(body, "$.items[0].contactPhone")).matches("\\d{3}\\*{4}\\d{4}");

		String first = this.mvc.perform(post("/api/v1/daily-reports/missing/remind").param("region", TOWN)
			.with(as("songjiang"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(read(first, "$.sent")).isEqualTo(1);
		String second = this.mvc.perform(post("/api/v1/daily-reports/missing/remind").param("region", TOWN)
			.with(as("city"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(read(second, "$.sent")).isEqualTo(0);
		assertThat(read(second, "$.alreadyReminded")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM notification WHERE enterprise_id = ? AND message_key = 'dashboard.reminder.notice'",
				Integer.class, this.e3.id())).isEqualTo(1);
	}

	@Test
	void aDistrictOfficialCannotSeeAnotherDistrictsFigures() throws Exception {
		this.mvc.perform(get("/api/v1/stats/overview").param("region", TOWN).with(as("fengxian")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/stats/overview").param("region", "310117").with(as("fengxian")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/daily-reports/missing").param("region", TOWN).with(as("fengxian")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/stats/overview").param("region", "310117105").with(as("xinqiao")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/stats/overview").param("region", TOWN).with(as("xinqiao")))
			.andExpect(status().isNotFound());
		String fengxian = this.mvc.perform(get("/api/v1/stats/overview").with(as("fengxian")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(fengxian).doesNotContain(TOWN);
	}

	@Test
	void badFiltersAreFieldErrors() throws Exception {
		this.mvc.perform(get("/api/v1/stats/overview").param("to", TimeFormat.today().plusDays(1).toString())
			.with(as("songjiang"))).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/stats/overview").param("from", "2026-01-10").param("to", "2026-01-01")
			.with(as("songjiang"))).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/stats/overview").param("region", "999999").with(as("songjiang")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/stats/overview").param("from", "yesterday").with(as("songjiang")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theDashboardPageShowsTheFiguresAndTheirTables() throws Exception {
		String page = this.mvc.perform(get("/dashboard").param("region", TOWN).with(as("songjiang")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("33.3%").contains("id=\"t-level\"").contains("data-chart=\"bar\"")
			.contains("/webjars/echarts/").doesNotContain("<script>");
		String feedback = this.mvc.perform(get("/feedback").param("region", TOWN).with(as("songjiang")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(feedback).contains(this.jdbc.queryForObject("SELECT name FROM enterprise WHERE id = ?", String.class,
				this.e3.id()));
	}

	private String overview(String query) throws Exception {
		return this.mvc.perform(get("/api/v1/stats/overview?" + query).with(as("songjiang")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static Object read(String json, String path) {
		return JsonPath.read(json, path);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private long list(Registered enterprise, String level, String official) throws Exception {
		String body = this.mvc.perform(post("/api/v1/whitelist").with(as(official))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": %d, \"level\": \"%s\", \"batch\": \"看板测试\", \"reason\": \"测试\"}"
				.formatted(enterprise.id(), level)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private void report(Registered enterprise, int onSite) throws Exception {
		this.mvc.perform(post("/api/v1/daily-reports").with(Workforces.as(enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "%s", "staffOnSite": %d, "capacityPercent": 50, "antigenTested": 0, "pcrSampled": 0,
					 "abnormal": 0}
					""".formatted(TimeFormat.today(), onSite)))
			.andExpect(status().isCreated());
	}

	private void pastReport(Registered enterprise, LocalDate day, int onSite) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("""
				INSERT INTO daily_report (enterprise_id, report_date, staff_on_site, capacity_percent, antigen_tested,
				  pcr_sampled, abnormal, created_at, updated_at, updated_by)
				VALUES (?, ?, ?, 40, 0, 0, 0, ?, ?, 'test')
				""", enterprise.id(), Date.valueOf(day), onSite, now, now);
	}

	private void test(Registered enterprise, long employeeId, String kind, String result) throws Exception {
		this.mvc.perform(post("/api/v1/employees/" + employeeId + "/tests").with(Workforces.as(enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"%s\", \"result\": \"%s\", \"sampledAt\": \"%s\"}".formatted(kind, result,
					OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5))))
			.andExpect(status().isCreated());
	}

}
