package org.fugong.workforce;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.workforce.Workforces.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Test results entered one by one, and how they stand against the district's
 * rule: the default (a negative within 48 hours, either kind, no positive since)
 * and one the district changed.
 */
@IntegrationTest
@RecordApplicationEvents
class WorkforceTestResultTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Workforce workforce;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEvents events;

	private Registered enterprise;

	@BeforeEach
	void register() throws Exception {
		this.enterprise = Registrations.register(this.mvc, "310117", "310117105");
	}

	@Test
	void recordsAResultAndTellsTheOtherModules() throws Exception {
		long id = Workforces.addEmployee(this.mvc, this.enterprise, "陈一", Workforces.idNumber());
		String sampledAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(2).withNano(0).toString();
		this.mvc.perform(post("/api/v1/employees/" + id + "/tests").with(as(this.enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"ANTIGEN\", \"result\": \"NEGATIVE\", \"sampledAt\": \"" + sampledAt + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("ANTIGEN"))
			.andExpect(jsonPath("$.result").value("NEGATIVE"));
		assertThat(this.events.stream(TestResultRecorded.class))
			.anyMatch((e) -> e.employeeId() == id && e.outcome() == TestOutcome.NEGATIVE);
		this.mvc.perform(get("/api/v1/employees/" + id + "/tests").with(as(this.enterprise)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].employeeName").value("陈一"));

		String future = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(3).withNano(0).toString();
		this.mvc.perform(post("/api/v1/employees/" + id + "/tests").with(as(this.enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"PCR\", \"result\": \"NEGATIVE\", \"sampledAt\": \"" + future + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sampledAt"));
		this.mvc.perform(post("/api/v1/employees/" + id + "/tests").with(as(this.enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"BLOOD\", \"result\": \"NEGATIVE\", \"sampledAt\": \"" + sampledAt + "\"}"))
			.andExpect(status().isBadRequest());
		assertThat(count(id)).isEqualTo(1);
	}

	@Test
	void thePageRecordsAResultInShanghaiTime() throws Exception {
		long id = Workforces.addEmployee(this.mvc, this.enterprise, "林二", Workforces.idNumber());
		this.mvc.perform(post("/workforce/tests").with(page())
			.param("employeeId", Long.toString(id)).param("kind", "PCR").param("result", "NEGATIVE")
			.param("sampledAt", "2026-01-05T18:30"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("SELECT sampled_at FROM test_result WHERE employee_id = ?",
				java.sql.Timestamp.class, id).toInstant()).isEqualTo(Instant.parse("2026-01-05T10:30:00Z"));
		this.mvc.perform(post("/workforce/tests").with(page())
			.param("employeeId", Long.toString(id)).param("kind", "PCR").param("result", "NEGATIVE")
			.param("sampledAt", "2099-01-05T18:30"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/workforce/tests").param("date", "2026-01-05").param("kind", "PCR").with(page()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("林二")));
		assertThat(count(id)).isEqualTo(1);
	}

	@Test
	void standingUnderTheDefaultRule() throws Exception {
		Instant now = Instant.now();
		long none = Workforces.addEmployee(this.mvc, this.enterprise, "无检测", Workforces.idNumber());
		long recent = Workforces.addEmployee(this.mvc, this.enterprise, "近期阴性", Workforces.idNumber());
		long old = Workforces.addEmployee(this.mvc, this.enterprise, "过期阴性", Workforces.idNumber());
		long positive = Workforces.addEmployee(this.mvc, this.enterprise, "阳性", Workforces.idNumber());
		long cleared = Workforces.addEmployee(this.mvc, this.enterprise, "转阴", Workforces.idNumber());
		record(recent, TestKind.PCR, TestOutcome.NEGATIVE, now.minus(Duration.ofHours(47)));
		record(old, TestKind.ANTIGEN, TestOutcome.NEGATIVE, now.minus(Duration.ofHours(49)));
		record(positive, TestKind.ANTIGEN, TestOutcome.NEGATIVE, now.minus(Duration.ofHours(20)));
		record(positive, TestKind.ANTIGEN, TestOutcome.POSITIVE, now.minus(Duration.ofHours(10)));
		record(cleared, TestKind.ANTIGEN, TestOutcome.POSITIVE, now.minus(Duration.ofHours(30)));
		record(cleared, TestKind.PCR, TestOutcome.NEGATIVE, now.minus(Duration.ofHours(5)));

		assertThat(this.workforce.standing(none, now)).isEqualTo(TestStanding.OVERDUE);
		assertThat(this.workforce.standing(recent, now)).isEqualTo(TestStanding.OK);
		assertThat(this.workforce.standing(old, now)).isEqualTo(TestStanding.OVERDUE);
		assertThat(this.workforce.standing(positive, now)).isEqualTo(TestStanding.POSITIVE);
		assertThat(this.workforce.standing(cleared, now)).isEqualTo(TestStanding.OK);
		// As things stood before the positive result.
		assertThat(this.workforce.standing(positive, now.minus(Duration.ofHours(15)))).isEqualTo(TestStanding.OK);

		Map<Long, TestStanding> all = this.workforce.standings(this.enterprise.id(), now);
		assertThat(all).containsExactlyInAnyOrderEntriesOf(Map.of(none, TestStanding.OVERDUE, recent, TestStanding.OK,
				old, TestStanding.OVERDUE, positive, TestStanding.POSITIVE, cleared, TestStanding.OK));
		this.mvc.perform(post("/api/v1/employees/" + none + "/deactivate").with(as(this.enterprise)))
			.andExpect(status().isOk());
		assertThat(this.workforce.standings(this.enterprise.id(), now)).doesNotContainKey(none);
		assertThat(this.workforce.active(this.enterprise.id())).extracting(EmployeeSummary::id).doesNotContain(none);
		assertThat(this.workforce.find(this.enterprise.id(), positive)).get()
			.satisfies((s) -> assertThat(s.maskedName()).isEqualTo("阳*"));
		assertThat(this.workforce.find(this.enterprise.id() + 100_000, positive)).isEmpty();
	}

	@Test
	void standingUnderARuleTheDistrictChanged() throws Exception {
		Registered fengxianEnterprise = Registrations.register(this.mvc, "310120", "310120101");
		Instant now = Instant.now();
		long antigen = Workforces.addEmployee(this.mvc, fengxianEnterprise, "只测抗原", Workforces.idNumber());
		long pcr = Workforces.addEmployee(this.mvc, fengxianEnterprise, "核酸", Workforces.idNumber());
		record(fengxianEnterprise, antigen, TestKind.ANTIGEN, TestOutcome.NEGATIVE, now.minus(Duration.ofHours(2)));
		record(fengxianEnterprise, pcr, TestKind.PCR, TestOutcome.NEGATIVE, now.minus(Duration.ofHours(30)));
		try {
			this.mvc.perform(post("/workforce/test-rule").with(user(this.users.loadUserByUsername("fengxian"))).with(csrf())
				.param("maxAgeHours", "24").param("kinds", "PCR"))
				.andExpect(status().isFound());
			assertThat(this.workforce.standings(fengxianEnterprise.id(), now))
				.containsEntry(antigen, TestStanding.OVERDUE)
				.containsEntry(pcr, TestStanding.OVERDUE);
			this.mvc.perform(post("/workforce/test-rule").with(user(this.users.loadUserByUsername("fengxian"))).with(csrf())
				.param("maxAgeHours", "72").param("kinds", "PCR").param("version", "0"))
				.andExpect(status().isFound());
			assertThat(this.workforce.standings(fengxianEnterprise.id(), now))
				.containsEntry(antigen, TestStanding.OVERDUE)
				.containsEntry(pcr, TestStanding.OK);
			// Not songjiang's business: their district keeps the default.
			assertThat(this.workforce.standing(antigen, now)).isEqualTo(TestStanding.OVERDUE);
			this.mvc.perform(post("/workforce/test-rule").with(user(this.users.loadUserByUsername("fengxian"))).with(csrf())
				.param("maxAgeHours", "999").param("kinds", "BOTH").param("version", "1"))
				.andExpect(status().isOk());
			assertThat(this.jdbc.queryForObject("SELECT max_age_hours FROM test_rule WHERE district_code = '310120'",
					Integer.class)).isEqualTo(72);
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM audit_log WHERE action = 'TEST_RULE_CHANGED' AND target_id = '310120'",
					Integer.class)).isGreaterThanOrEqualTo(2);
		}
		finally {
			this.jdbc.update("DELETE FROM test_rule WHERE district_code = '310120'");
		}
		assertThat(this.workforce.standings(fengxianEnterprise.id(), now)).containsEntry(antigen, TestStanding.OK)
			.containsEntry(pcr, TestStanding.OK);
	}

	private void record(long employeeId, TestKind kind, TestOutcome outcome, Instant at) throws Exception {
		record(this.enterprise, employeeId, kind, outcome, at);
	}

	private void record(Registered who, long employeeId, TestKind kind, TestOutcome outcome, Instant at)
			throws Exception {
		this.mvc.perform(post("/api/v1/employees/" + employeeId + "/tests").with(as(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"%s\", \"result\": \"%s\", \"sampledAt\": \"%s\"}".formatted(kind, outcome,
					at.atOffset(ZoneOffset.UTC))))
			.andExpect(status().isCreated());
	}

	private int count(long employeeId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM test_result WHERE employee_id = ?", Integer.class,
				employeeId);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor page() {
		org.springframework.test.web.servlet.request.RequestPostProcessor principal = user(
				this.users.loadUserByUsername(this.enterprise.username()));
		return (request) -> csrf().postProcessRequest(principal.postProcessRequest(request));
	}

}
