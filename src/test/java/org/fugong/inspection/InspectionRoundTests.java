package org.fugong.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManagerFactory;
import org.fugong.common.TimeFormat;
import org.fugong.inspection.teams.TeamService;
import org.fugong.security.CurrentUser;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

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
 * The round's cost and its last tie-breaker: a few set queries however many
 * enterprises the zone holds (a generated zone of 300, timed for
 * {@code docs/performance.md}), and "most staff on site" read from each
 * enterprise's latest daily report, or its registered staff when it never reported.
 */
@IntegrationTest
class InspectionRoundTests {

	static final String ZONE = InspectionFlowTests.ZONE;

	/** The generated zone's size; the figure in docs/performance.md is for this many. */
	static final int GENERATED = 300;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TeamService teams;

	@Autowired
	RoundService inspections;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void amongEqualNeedsTheRoundPutsMostStaffOnSiteFirstFromTheLatestDailyReport() throws Exception {
		Registered busy = placed("G4");
		Registered silent = placed("G4");
		Registered quiet = placed("G4");
		LocalDate today = LocalDate.now(TimeFormat.ZONE);
		report(busy, today.minusDays(3), 10);
		report(busy, today.minusDays(1), 300);
		report(quiet, today.minusDays(5), 900);
		report(quiet, today, 5);
		String round = this.mvc.perform(get("/api/v1/inspections/round").with(official("hg-team4")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Integer> ids = JsonPath.read(round, "$[*].enterpriseId");
		assertThat(ids.indexOf((int) busy.id())).isLessThan(ids.indexOf((int) silent.id()));
		assertThat(ids.indexOf((int) silent.id())).isLessThan(ids.indexOf((int) quiet.id()));
		assertThat((List<Integer>) JsonPath.read(round, "$[?(@.enterpriseId == " + busy.id() + ")].staffOnSite"))
			.containsExactly(300);
		assertThat((List<Integer>) JsonPath.read(round, "$[?(@.enterpriseId == " + silent.id() + ")].staffOnSite"))
			.containsExactly(120);
		assertThat((List<Boolean>) JsonPath.read(round,
				"$[?(@.enterpriseId == " + silent.id() + ")].staffReported")).containsExactly(false);
	}

	@Test
	void aZoneOfThreeHundredEnterprisesIsReadInAFewQueries() {
		String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
		for (int i = 0; i < GENERATED; i++) {
			String code = "9T" + tag + "%08d".formatted(i);
			long id = this.jdbc.queryForObject("""
					INSERT INTO enterprise (credit_code, name, district_code, town_code, address, industry, staff_count,
					  above_designated_size, foreign_invested, contact_name, contact_phone, registered_at, updated_at)
					VALUES (?, ?, '310120', ?, '生成路 1 号', 'MANUFACTURING', ?, false, false, '联系人', '13800000000',
					  now(), now()) RETURNING id
					""", Long.class, code, "生成企业 " + tag + " " + i, ZONE, 10 + i);
			this.jdbc.update("INSERT INTO grid_site (enterprise_id, grid_code, assigned_at, assigned_by) "
					+ "VALUES (?, ?, now(), 'generator')", id, ZONE + "G8");
			this.jdbc.update("""
					INSERT INTO whitelist_entry (enterprise_id, enterprise_name, credit_code, district_code, town_code,
					  level, batch, status, source, since, updated_at, created_by)
					VALUES (?, ?, ?, '310120', ?, 'DISTRICT', '生成', 'ACTIVE', 'MANUAL', now(), now(), 'generator')
					""", id, "生成企业 " + tag + " " + i, code, ZONE);
			if (i % 2 == 0) {
				this.jdbc.update("""
						INSERT INTO daily_report (enterprise_id, report_date, staff_on_site, capacity_percent,
						  antigen_tested, pcr_sampled, abnormal, created_at, updated_at, updated_by)
						VALUES (?, current_date, ?, 50, 0, 0, 0, now(), now(), 'generator')
						""", id, i);
			}
		}
		CurrentUser officer = (CurrentUser) this.users.loadUserByUsername("hg-team8");
		this.inspections.round(officer);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean was = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			int runs = 5;
			long started = System.nanoTime();
			List<RoundItem> round = null;
			for (int run = 0; run < runs; run++) {
				round = this.inspections.round(officer);
			}
			long perRoundMillis = (System.nanoTime() - started) / runs / 1_000_000;
			long statements = statistics.getPrepareStatementCount() / runs;
			System.out.printf("Round of a zone of %d enterprises: %d statements, %d ms per round%n", round.size(),
					statements, perRoundMillis);
			assertThat(round).hasSizeGreaterThanOrEqualTo(GENERATED);
			assertThat(statements).isLessThanOrEqualTo(10);
		}
		finally {
			statistics.setStatisticsEnabled(was);
		}
	}

	private Registered placed(String zone) throws Exception {
		Registered enterprise = Registrations.register(this.mvc, InspectionFlowTests.FENGXIAN, ZONE);
		this.mvc.perform(post("/api/v1/whitelist").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": %d, \"level\": \"DISTRICT\", \"batch\": \"督查测试\"}".formatted(enterprise.id())))
			.andExpect(status().isCreated());
		this.teams.place((CurrentUser) this.users.loadUserByUsername("fengxian"), enterprise.id(), ZONE + zone);
		return enterprise;
	}

	private void report(Registered enterprise, LocalDate day, int onSite) {
		this.jdbc.update("""
				INSERT INTO daily_report (enterprise_id, report_date, staff_on_site, capacity_percent, antigen_tested,
				  pcr_sampled, abnormal, created_at, updated_at, updated_by)
				VALUES (?, ?, ?, 50, 0, 0, 0, now(), now(), 'test')
				""", enterprise.id(), day, onSite);
	}

	private RequestPostProcessor official(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
