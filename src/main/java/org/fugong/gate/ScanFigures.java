package org.fugong.gate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.TimeFormat;
import org.fugong.security.Jurisdiction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scans' figures for a scope the caller has already checked (the checkpoints'
 * district and town): today's scans per hour and a period's verdicts from the
 * summary {@code scan_hour_tally}, never the raw scans of a period, and the
 * vehicles that arrived in the last 30 days and have not left.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ScanFigures {

	private final JdbcTemplate jdbc;

	/** Today's scans per hour, the period's valid and refused scans, refusals by reason, vehicles inside. */
	public record Counts(List<HourCount> scansToday, long scansValid, long scansRefused,
			List<ReasonCount> refusedByReason, long vehiclesInside) {
	}

	public record HourCount(int hour, long valid, long refused) {
	}

	public record ReasonCount(String reason, long count) {
	}

	/** The scans of a scope from one day to another, both inclusive (Asia/Shanghai). */
	@Transactional(readOnly = true)
	public Counts counts(Jurisdiction scope, LocalDate fromDay, LocalDate toDay, Instant now) {
		String where = scope.where("s");
		long[][] hours = new long[24][2];
		LocalDate today = TimeFormat.today();
		this.jdbc.query("""
				SELECT s.hour, s.verdict, sum(s.n) AS n
				FROM scan_hour_tally s
				WHERE s.hour >= ? AND s.hour < ?""" + where + " GROUP BY s.hour, s.verdict", (rs) -> {
			int hour = ZonedDateTime.ofInstant(rs.getTimestamp("hour").toInstant(), TimeFormat.ZONE).getHour();
			hours[hour]["VALID".equals(rs.getString("verdict")) ? 0 : 1] += rs.getLong("n");
		}, scope.after(startOf(today), startOf(today.plusDays(1))));
		List<HourCount> scansToday = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			scansToday.add(new HourCount(h, hours[h][0], hours[h][1]));
		}
		long[] totals = new long[2];
		List<ReasonCount> reasons = new ArrayList<>();
		this.jdbc.query("""
				SELECT s.verdict, s.reason, sum(s.n) AS n
				FROM scan_hour_tally s
				WHERE s.hour >= ? AND s.hour < ?""" + where + " GROUP BY s.verdict, s.reason ORDER BY n DESC, s.reason",
				(rs) -> {
					if ("VALID".equals(rs.getString("verdict"))) {
						totals[0] += rs.getLong("n");
					}
					else {
						totals[1] += rs.getLong("n");
						reasons.add(new ReasonCount(rs.getString("reason"), rs.getLong("n")));
					}
				}, scope.after(startOf(fromDay), startOf(toDay.plusDays(1))));
		Long inside = this.jdbc.queryForObject("""
				SELECT count(*) FROM (
				  SELECT DISTINCT ON (s.pass_id) s.pass_id, s.scanned_at
				  FROM gate_scan s JOIN checkpoint c ON c.id = s.checkpoint_id
				  WHERE s.pass_type = 'VEHICLE' AND s.pass_id IS NOT NULL AND s.verdict = 'VALID' AND s.direction = 'ARRIVE'
				    AND s.scanned_at >= ?""" + scope.where("c.district_code", "c.region_code") + """
				  ORDER BY s.pass_id, s.scanned_at DESC) a
				WHERE NOT EXISTS (SELECT 1 FROM gate_scan d WHERE d.pass_id = a.pass_id AND d.direction = 'DEPART'
				  AND d.verdict = 'VALID' AND d.scanned_at > a.scanned_at)
				""", Long.class, scope.after(Timestamp.from(now.minus(Duration.ofDays(30)))));
		return new Counts(scansToday, totals[0], totals[1], reasons, (inside != null) ? inside : 0);
	}

	/**
	 * Folds the delta rows the trigger on {@code gate_scan} appends to
	 * {@code scan_hour_tally} into one row per group; the figures stay the same.
	 */
	@Transactional
	public void compactTally() {
		this.jdbc.update("""
				WITH loose AS (SELECT DISTINCT district_code, town_code, hour FROM scan_hour_tally WHERE NOT compacted),
				gone AS (
				  DELETE FROM scan_hour_tally t USING loose l
				  WHERE t.district_code = l.district_code AND t.town_code = l.town_code AND t.hour = l.hour
				  RETURNING t.district_code, t.town_code, t.hour, t.pass_type, t.verdict, t.reason, t.n)
				INSERT INTO scan_hour_tally (district_code, town_code, hour, pass_type, verdict, reason, n, compacted)
				SELECT district_code, town_code, hour, pass_type, verdict, reason, sum(n), true
				FROM gone GROUP BY district_code, town_code, hour, pass_type, verdict, reason
				""");
	}

	private static Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(TimeFormat.ZONE).toInstant());
	}

}
