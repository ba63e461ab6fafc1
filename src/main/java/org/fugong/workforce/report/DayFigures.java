package org.fugong.workforce.report;

import java.sql.Timestamp;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.fugong.common.TimeFormat;
import org.fugong.workforce.report.DailyReport.Figures;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures a day's report starts from, read from the roster and the test
 * results of the same module: active employees on site, and the employees with
 * an antigen test, a PCR sample and a positive result sampled that day
 * (Asia/Shanghai).
 */
@Component
@RequiredArgsConstructor
class DayFigures {

	private final JdbcTemplate jdbc;

	Figures of(long enterpriseId, LocalDate day) {
		Timestamp from = Timestamp.from(day.atStartOfDay(TimeFormat.ZONE).toInstant());
		Timestamp until = Timestamp.from(day.plusDays(1).atStartOfDay(TimeFormat.ZONE).toInstant());
		return this.jdbc.queryForObject("""
				SELECT
				  (SELECT count(*) FROM employee WHERE enterprise_id = ? AND active AND on_site) AS on_site,
				  count(DISTINCT t.employee_id) FILTER (WHERE t.kind = 'ANTIGEN') AS antigen,
				  count(DISTINCT t.employee_id) FILTER (WHERE t.kind = 'PCR') AS pcr,
				  count(DISTINCT t.employee_id) FILTER (WHERE t.outcome = 'POSITIVE') AS positive
				FROM test_result t
				WHERE t.enterprise_id = ? AND t.sampled_at >= ? AND t.sampled_at < ?
				""", (rs, n) -> new Figures(rs.getInt("on_site"), 0, rs.getInt("antigen"), rs.getInt("pcr"),
				rs.getInt("positive"), null), enterpriseId, enterpriseId, from, until);
	}

}
