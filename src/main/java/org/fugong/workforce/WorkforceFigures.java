package org.fugong.workforce;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.security.Jurisdiction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workforce's figures for a scope the caller has already checked (the
 * enterprises' district and town, from the view {@code enterprise_directory}):
 * staff in the rosters, the daily reports of a day, and tests per day from the
 * summary {@code test_day_tally}, never the raw test results of a period.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkforceFigures {

	private static final String[] BUCKETS = { "0-19", "20-39", "40-59", "60-79", "80-100" };

	private final JdbcTemplate jdbc;

	/**
	 * Staff registered (active in the rosters), on site (the day's reports),
	 * tested that day by kind, coverage ({@code tested / registered}), positives,
	 * and how the reporting enterprises' capacity is spread. Coverage is a
	 * fraction rounded to four places, null when nobody is registered.
	 */
	public record Staff(LocalDate day, long registered, long onSite, long reports, long antigenTested,
			long pcrTested, long tested, Double coverage, long positives, List<Bucket> capacity, List<DayTests> trend) {
	}

	public record Bucket(String range, long enterprises) {
	}

	public record DayTests(LocalDate date, long tested, long positives, long onSite) {
	}

	/** The staff figures of a scope from one day to another, both inclusive; day figures are those of {@code to}. */
	@Transactional(readOnly = true)
	public Staff staff(Jurisdiction scope, LocalDate from, LocalDate day) {
		String e = scope.where("e");
		Long registered = this.jdbc.queryForObject("""
				SELECT count(*) FROM employee m JOIN enterprise_directory e ON e.id = m.enterprise_id
				WHERE m.active""" + e, Long.class, scope.after());
		long[] reports = new long[2];
		long[] buckets = new long[BUCKETS.length];
		this.jdbc.query("""
				SELECT d.staff_on_site, d.capacity_percent
				FROM daily_report d JOIN enterprise_directory e ON e.id = d.enterprise_id
				WHERE d.report_date = ?""" + e, (rs) -> {
			reports[0]++;
			reports[1] += rs.getInt("staff_on_site");
			buckets[Math.min(4, rs.getInt("capacity_percent") / 20)]++;
		}, scope.after(Date.valueOf(day)));
		List<Bucket> capacity = new ArrayList<>();
		for (int i = 0; i < BUCKETS.length; i++) {
			capacity.add(new Bucket(BUCKETS[i], buckets[i]));
		}
		Map<LocalDate, long[]> days = new TreeMap<>();
		for (LocalDate d = from; !d.isAfter(day); d = d.plusDays(1)) {
			days.put(d, new long[3]);
		}
		long[] today = new long[4];
		this.jdbc.query("""
				SELECT t.day, sum(t.antigen) AS antigen, sum(t.pcr) AS pcr, sum(t.tested) AS tested,
				  sum(t.positive) AS positive
				FROM test_day_tally t JOIN enterprise_directory e ON e.id = t.enterprise_id
				WHERE t.day BETWEEN ? AND ?""" + e + " GROUP BY t.day", (rs) -> {
			LocalDate d = rs.getObject("day", LocalDate.class);
			long[] n = days.get(d);
			if (n != null) {
				n[0] = rs.getLong("tested");
				n[1] = rs.getLong("positive");
			}
			if (d.equals(day)) {
				today[0] = rs.getLong("antigen");
				today[1] = rs.getLong("pcr");
				today[2] = rs.getLong("tested");
				today[3] = rs.getLong("positive");
			}
		}, scope.after(Date.valueOf(from), Date.valueOf(day)));
		this.jdbc.query("""
				SELECT d.report_date, sum(d.staff_on_site) AS on_site
				FROM daily_report d JOIN enterprise_directory e ON e.id = d.enterprise_id
				WHERE d.report_date BETWEEN ? AND ?""" + e + " GROUP BY d.report_date", (rs) -> {
			long[] n = days.get(rs.getObject("report_date", LocalDate.class));
			if (n != null) {
				n[2] = rs.getLong("on_site");
			}
		}, scope.after(Date.valueOf(from), Date.valueOf(day)));
		List<DayTests> trend = new ArrayList<>();
		days.forEach((d, n) -> trend.add(new DayTests(d, n[0], n[1], n[2])));
		long staff = (registered != null) ? registered : 0;
		Double coverage = (staff == 0) ? null : Math.round(today[2] * 10_000.0 / staff) / 10_000.0;
		return new Staff(day, staff, reports[1], reports[0], today[0], today[1], today[2], coverage, today[3], capacity,
				trend);
	}

	/** Of the enterprises given, those that reported staff on site on a day (they resumed). */
	@Transactional(readOnly = true)
	public Set<Long> onSite(LocalDate day, Collection<Long> enterprises) {
		Set<Long> resumed = new HashSet<>();
		this.jdbc.query("""
				SELECT d.enterprise_id FROM daily_report d
				WHERE d.report_date = ? AND d.staff_on_site > 0 AND d.enterprise_id = ANY (?)""",
				(rs) -> {
					resumed.add(rs.getLong(1));
				}, Date.valueOf(day), enterprises.toArray(Long[]::new));
		return resumed;
	}

	/** Of the enterprises given, those that filed a daily report for a day. */
	@Transactional(readOnly = true)
	public Set<Long> reported(LocalDate day, Collection<Long> enterprises) {
		Set<Long> reported = new HashSet<>();
		this.jdbc.query("SELECT d.enterprise_id FROM daily_report d WHERE d.report_date = ? AND d.enterprise_id = ANY (?)",
				(rs) -> {
					reported.add(rs.getLong(1));
				}, Date.valueOf(day), enterprises.toArray(Long[]::new));
		return reported;
	}

	/** Of the enterprises given, how many reported staff on site on each day that any did. */
	@Transactional(readOnly = true)
	public Map<LocalDate, Long> onSitePerDay(LocalDate from, LocalDate to, Collection<Long> enterprises) {
		Map<LocalDate, Long> perDay = new TreeMap<>();
		this.jdbc.query("""
				SELECT d.report_date, count(*) AS n
				FROM daily_report d
				WHERE d.report_date BETWEEN ? AND ? AND d.staff_on_site > 0 AND d.enterprise_id = ANY (?)
				GROUP BY d.report_date""", (rs) -> {
			perDay.put(rs.getObject("report_date", LocalDate.class), rs.getLong("n"));
		}, Date.valueOf(from), Date.valueOf(to), enterprises.toArray(Long[]::new));
		return perDay;
	}

	/**
	 * Folds the delta rows the trigger on {@code test_result} appends to
	 * {@code test_day_tally} into one row per enterprise and day; the figures stay the same.
	 */
	@Transactional
	public void compactTally() {
		this.jdbc.update("""
				WITH loose AS (SELECT DISTINCT enterprise_id, day FROM test_day_tally WHERE NOT compacted),
				gone AS (
				  DELETE FROM test_day_tally t USING loose l
				  WHERE t.enterprise_id = l.enterprise_id AND t.day = l.day
				  RETURNING t.enterprise_id, t.day, t.antigen, t.pcr, t.tested, t.positive)
				INSERT INTO test_day_tally (enterprise_id, day, antigen, pcr, tested, positive, compacted)
				SELECT enterprise_id, day, sum(antigen), sum(pcr), sum(tested), sum(positive), true
				FROM gone GROUP BY enterprise_id, day
				""");
	}

}
