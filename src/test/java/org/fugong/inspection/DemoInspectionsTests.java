package org.fugong.inspection;

import java.util.List;

import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo history of 海港开发区 means something on the pages: nine teams on
 * nine zones, three weeks of visits, about fifty notices in every state, and a
 * production stop in force.
 */
@IntegrationTest
class DemoInspectionsTests {

	private static final String DEMO = "SELECT %s FROM rectification_notice n JOIN app_user u ON u.enterprise_id = n.enterprise_id"
			+ " WHERE u.username LIKE 'hg-ent%%' OR u.username = 'ent-haigang'";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void nineTeamsCoverTheNineZonesOfTheDevelopmentZone() {
		assertThat(this.jdbc.queryForObject(
				"SELECT count(DISTINCT z.grid_code) FROM inspection_team t JOIN inspection_team_zone z ON z.team_id = t.id"
						+ " WHERE t.town_code = '310120505'", Integer.class)).isEqualTo(9);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM grid_site WHERE grid_code LIKE '310120505G%'",
				Integer.class)).isGreaterThanOrEqualTo(18);
	}

	@Test
	void threeWeeksOfInspectionsLeaveAboutFiftyNoticesInEveryState() {
		assertThat(this.jdbc.queryForObject(
				"SELECT count(DISTINCT inspected_on) FROM inspection WHERE town_code = '310120505'", Integer.class))
			.isGreaterThanOrEqualTo(21);
		int notices = this.jdbc.queryForObject(DEMO.formatted("count(*)"), Integer.class);
		assertThat(notices).isBetween(30, 90);
		List<String> states = this.jdbc.queryForList(DEMO.formatted("DISTINCT n.state"), String.class);
		assertThat(states).contains("ANSWERED", "CLOSED", "OVERDUE", "ESCALATED");
		// This morning's notices were open when seeded; a test that moves the clock may have let them lapse since.
		assertThat(this.jdbc.queryForObject(DEMO.formatted("count(*)") + " AND n.due_at > now() AND n.answered_at IS NULL",
				Integer.class)).isPositive();
		assertThat(this.jdbc.queryForObject(DEMO.formatted("count(*)") + " AND n.previous_id IS NOT NULL",
				Integer.class)).isPositive();
	}

	@Test
	void oneProductionStopIsInForceAndOneWasLifted() {
		String stops = "SELECT count(*) FROM production_stop s JOIN app_user u ON u.enterprise_id = s.enterprise_id"
				+ " WHERE u.username LIKE 'hg-ent%' AND s.state = ?";
		assertThat(this.jdbc.queryForObject(stops, Integer.class, "IN_FORCE")).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.queryForObject(stops, Integer.class, "LIFTED")).isGreaterThanOrEqualTo(1);
	}

}
