package org.fugong.workforce;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.Masking;
import org.fugong.common.TimeFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tests an enterprise's staff took since a moment (a seal of the site): for
 * each active on-site employee the latest result since then, and the rounds
 * day by day. What an outbreak case needs to decide whether the site may reopen.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TestRounds {

	private final JdbcTemplate jdbc;

	/** Every active on-site employee with the latest result sampled at or after {@code since} (null: none). */
	@Transactional(readOnly = true)
	public List<Latest> onSiteSince(long enterpriseId, Instant since) {
		return this.jdbc.query("""
				SELECT e.id, e.name, l.outcome, l.sampled_at
				FROM employee e
				LEFT JOIN LATERAL (
				  SELECT t.outcome, t.sampled_at FROM test_result t
				  WHERE t.employee_id = e.id AND t.sampled_at >= ?
				  ORDER BY t.sampled_at DESC, t.id DESC LIMIT 1) l ON true
				WHERE e.enterprise_id = ? AND e.active AND e.on_site
				ORDER BY e.name, e.id
				""", (rs, row) -> {
			Timestamp at = rs.getTimestamp("sampled_at");
			String outcome = rs.getString("outcome");
			return new Latest(rs.getLong("id"), Masking.name(rs.getString("name")),
					(outcome != null) ? TestOutcome.valueOf(outcome) : null, (at != null) ? at.toInstant() : null);
		}, Timestamp.from(since), enterpriseId);
	}

	/** The enterprise's tests since {@code since}, by day (in the platform's zone): people tested, negative, positive. */
	@Transactional(readOnly = true)
	public List<Round> roundsSince(long enterpriseId, Instant since) {
		return this.jdbc.query("""
				SELECT (t.sampled_at AT TIME ZONE ?)::date AS day, count(DISTINCT t.employee_id) AS tested,
				  count(*) FILTER (WHERE t.outcome = 'NEGATIVE') AS negative,
				  count(*) FILTER (WHERE t.outcome = 'POSITIVE') AS positive
				FROM test_result t
				WHERE t.enterprise_id = ? AND t.sampled_at >= ?
				GROUP BY 1 ORDER BY 1
				""", (rs, row) -> new Round(rs.getObject("day", LocalDate.class), rs.getLong("tested"),
				rs.getLong("negative"), rs.getLong("positive")), TimeFormat.ZONE.getId(), enterpriseId,
				Timestamp.from(since));
	}

	/** An on-site employee (name masked) and the latest result since the moment asked about, if any. */
	public record Latest(long employeeId, String maskedName, TestOutcome outcome, Instant sampledAt) {

		public boolean negative() {
			return this.outcome == TestOutcome.NEGATIVE;
		}

	}

	/** One day's tests: distinct people tested, negative and positive results. */
	public record Round(LocalDate day, long tested, long negative, long positive) {
	}

}
