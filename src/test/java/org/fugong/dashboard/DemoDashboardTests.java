package org.fugong.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.fugong.common.FieldCipher;
import org.fugong.common.IdNumbers;
import org.fugong.common.TimeFormat;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's 松江区 dashboard has figures: forty whitelisted enterprises over
 * four towns, most of which reported today, with valid rosters, tests and scans.
 */
@IntegrationTest
class DemoDashboardTests {

	private static final String SEEDED = "SELECT %s FROM enterprise e WHERE e.credit_code LIKE '91310117MD2X%%'";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FieldCipher cipher;

	@Autowired
	DemoDashboard seeder;

	@Test
	void fortyEnterprisesOnEveryKindOfListOverFourTownsOfSongjiang() {
		assertThat(count(SEEDED.formatted("count(*)"))).isEqualTo(DemoDashboard.COUNT);
		assertThat(count(SEEDED.formatted("count(DISTINCT e.town_code)") + " AND e.district_code = '310117'"))
			.isEqualTo(4);
		assertThat(this.jdbc.queryForList(SEEDED.formatted("DISTINCT w.level").replace("enterprise e",
				"enterprise e JOIN whitelist_entry w ON w.enterprise_id = e.id AND w.status = 'ACTIVE'"), String.class))
			.containsExactlyInAnyOrder("CITY", "DISTRICT", "TOWN");
		assertThat(count(SEEDED.formatted("count(*)") + " AND e.town_code = '310117507'")).isZero();
	}

	@Test
	void mostReportedTodayAndAFewNeverDid() {
		// The day the seeder ran: today, or yesterday when Shanghai's midnight passed
		// between the start of the context and this test.
		LocalDate seeded = this.jdbc.queryForObject(SEEDED.formatted("max(d.report_date)")
			.replace("enterprise e", "enterprise e JOIN daily_report d ON d.enterprise_id = e.id"), LocalDate.class);
		assertThat(seeded).isBetween(TimeFormat.today().minusDays(1), TimeFormat.today());
		int reported = this.jdbc.queryForObject(SEEDED.formatted("count(*)")
				+ " AND EXISTS (SELECT 1 FROM daily_report d WHERE d.enterprise_id = e.id AND d.report_date = ?"
				+ " AND d.staff_on_site > 0)", Integer.class, seeded);
		assertThat(reported).isBetween(28, 38);
		assertThat(count(SEEDED.formatted("count(*)")
				+ " AND NOT EXISTS (SELECT 1 FROM daily_report d WHERE d.enterprise_id = e.id)")).isPositive();
		assertThat(count(SEEDED.formatted("count(DISTINCT d.report_date)").replace("enterprise e",
				"enterprise e JOIN daily_report d ON d.enterprise_id = e.id"))).isEqualTo(14);
	}

	@Test
	void rostersHaveValidIdNumbersAndTestsAndScansAreCounted() {
		List<String> ciphers = this.jdbc.queryForList(SEEDED.formatted("m.id_number_cipher")
			.replace("enterprise e", "enterprise e JOIN employee m ON m.enterprise_id = e.id"), String.class);
		assertThat(ciphers).hasSizeBetween(DemoDashboard.COUNT * 10, DemoDashboard.COUNT * 40)
			.allSatisfy((c) -> assertThat(IdNumbers.isValid(this.cipher.decrypt(c))).isTrue());
		assertThat(count(SEEDED.formatted("count(DISTINCT t.day)")
			.replace("enterprise e", "enterprise e JOIN test_day_tally t ON t.enterprise_id = e.id"))).isEqualTo(14);
		assertThat(count("SELECT count(*) FROM gate_scan WHERE scan_id LIKE 'demo-dash-%'"))
			.isEqualTo(count("SELECT coalesce(sum(s.n), 0) FROM scan_hour_tally s JOIN checkpoint c"
					+ " ON c.district_code = s.district_code AND c.region_code = s.town_code"
					+ " WHERE c.name = '车墩镇 北松公路卡口' OR c.name = '泗泾镇 工业园区东门'"));
	}

	@Test
	void runsOnce() throws Exception {
		int employees = count("SELECT count(*) FROM employee");
		this.seeder.run(new DefaultApplicationArguments());
		assertThat(count(SEEDED.formatted("count(*)"))).isEqualTo(DemoDashboard.COUNT);
		assertThat(count("SELECT count(*) FROM employee")).isEqualTo(employees);
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
