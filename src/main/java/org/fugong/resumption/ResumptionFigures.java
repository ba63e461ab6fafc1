package org.fugong.resumption;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.TimeFormat;
import org.fugong.security.Jurisdiction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications' figures for a scope the caller has already checked (the
 * dashboard narrows it to the official's jurisdiction): counted in the database
 * from {@code resumption_request} and its narrow indexes.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ResumptionFigures {

	private static final List<String> STATES = List.of("DRAFT", "SUBMITTED", "ACCEPTED", "MATERIALS_APPROVED",
			"SITE_VERIFIED", "APPROVED", "RETURNED", "REJECTED");

	private final JdbcTemplate jdbc;

	/**
	 * Applications submitted in the period, each state's count now, overdue now,
	 * approvals per day, and the median hours from submission to approval of
	 * those approved in the period.
	 */
	public record Applications(long received, Map<String, Long> byState, long overdue, long approved,
			List<DayCount> approvedPerDay, Double medianHoursToApproval) {
	}

	public record DayCount(LocalDate date, long count) {
	}

	/** The applications of a scope from one day to another, both inclusive (Asia/Shanghai). */
	@Transactional(readOnly = true)
	public Applications applications(Jurisdiction scope, LocalDate fromDay, LocalDate toDay) {
		String where = scope.where("r");
		Timestamp from = startOf(fromDay);
		Timestamp until = startOf(toDay.plusDays(1));
		Map<String, Long> byState = new LinkedHashMap<>();
		for (String state : STATES) {
			byState.put(state, 0L);
		}
		long[] counts = new long[2];
		this.jdbc.query("""
				SELECT r.state, count(*) AS n,
				  count(*) FILTER (WHERE r.due_at < now()
				    AND r.state IN ('SUBMITTED','ACCEPTED','MATERIALS_APPROVED','SITE_VERIFIED')) AS overdue,
				  count(*) FILTER (WHERE r.submitted_at >= ? AND r.submitted_at < ?) AS received
				FROM resumption_request r WHERE true""" + where + " GROUP BY r.state", (rs) -> {
			byState.put(rs.getString("state"), rs.getLong("n"));
			counts[0] += rs.getLong("overdue");
			counts[1] += rs.getLong("received");
		}, scope.after(from, until));
		Map<LocalDate, Long> perDay = new TreeMap<>();
		for (LocalDate d = fromDay; !d.isAfter(toDay); d = d.plusDays(1)) {
			perDay.put(d, 0L);
		}
		Double[] median = { null };
		long[] approved = { 0 };
		this.jdbc.query("""
				SELECT (r.decided_at AT TIME ZONE 'Asia/Shanghai')::date AS day, count(*) AS n
				FROM resumption_request r
				WHERE r.state = 'APPROVED' AND r.decided_at >= ? AND r.decided_at < ?""" + where + " GROUP BY 1",
				(rs) -> {
					perDay.put(rs.getObject("day", LocalDate.class), rs.getLong("n"));
					approved[0] += rs.getLong("n");
				}, scope.after(from, until));
		this.jdbc.query("""
				SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.decided_at - r.submitted_at))
				  AS median
				FROM resumption_request r
				WHERE r.state = 'APPROVED' AND r.decided_at >= ? AND r.decided_at < ? AND r.submitted_at IS NOT NULL"""
				+ where, (rs) -> {
					double seconds = rs.getDouble("median");
					median[0] = rs.wasNull() ? null : Math.round(seconds / 360.0) / 10.0;
				}, scope.after(from, until));
		List<DayCount> approvedPerDay = new ArrayList<>();
		perDay.forEach((d, n) -> approvedPerDay.add(new DayCount(d, n)));
		return new Applications(counts[1], byState, counts[0], approved[0], approvedPerDay, median[0]);
	}

	private static Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(TimeFormat.ZONE).toInstant());
	}

}
