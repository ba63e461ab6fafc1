package org.fugong.workforce;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.TimeFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One enterprise's roster, daily reports and tests in figures, counted in the
 * database, for the enterprise file (一企一档). It acts on behalf of the system:
 * the caller has checked that the enterprise is visible to the user.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EnterpriseWorkforce {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	@Transactional(readOnly = true)
	public WorkforceSummary of(long enterpriseId) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, TimeFormat.ZONE);
		long employees = this.jdbc.queryForObject(
				"SELECT count(*) FROM employee WHERE enterprise_id = ? AND active", Long.class, enterpriseId);
		long reportsLast30Days = this.jdbc.queryForObject(
				"SELECT count(*) FROM daily_report WHERE enterprise_id = ? AND report_date > ?", Long.class,
				enterpriseId, Date.valueOf(today.minusDays(30)));
		List<DailyReportLine> reports = this.jdbc.query("""
				SELECT report_date, staff_on_site, capacity_percent, antigen_tested, pcr_sampled, abnormal, problems
				FROM daily_report WHERE enterprise_id = ? ORDER BY report_date DESC LIMIT 14
				""", (rs, n) -> new DailyReportLine(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3),
				rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getString(7)), enterpriseId);
		Timestamp weekAgo = Timestamp.from(now.minus(Duration.ofDays(7)));
		TestFigures tests = this.jdbc.queryForObject("""
				SELECT count(*) FILTER (WHERE sampled_at > ?),
				       count(DISTINCT employee_id) FILTER (WHERE sampled_at > ?),
				       count(*) FILTER (WHERE sampled_at > ? AND outcome = 'POSITIVE'),
				       count(*) FILTER (WHERE outcome = 'POSITIVE'),
				       max(sampled_at), max(sampled_at) FILTER (WHERE outcome = 'POSITIVE')
				FROM test_result WHERE enterprise_id = ?
				""", (rs, n) -> new TestFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
				instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))), weekAgo, weekAgo, weekAgo, enterpriseId);
		return new WorkforceSummary(employees, reportsLast30Days, reports, tests);
	}

	private static Instant instant(Timestamp at) {
		return (at != null) ? at.toInstant() : null;
	}

	/** Active employees, daily reports filed in the last 30 days and the latest 14, and the tests. */
	public record WorkforceSummary(long employees, long reportsLast30Days, List<DailyReportLine> latestReports,
			TestFigures tests) {
	}

	/** A daily report as the enterprise file lists it. */
	public record DailyReportLine(LocalDate date, int staffOnSite, int capacityPercent, int antigenTested,
			int pcrSampled, int abnormal, String problems) {
	}

	/** Tests in the last seven days (and how many employees they cover), positives then and ever. */
	public record TestFigures(long testsLast7Days, long employeesTestedLast7Days, long positivesLast7Days,
			long positivesEver, Instant lastSampledAt, Instant lastPositiveAt) {
	}

}
