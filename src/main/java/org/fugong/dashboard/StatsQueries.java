package org.fugong.dashboard;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fugong.common.TimeFormat;
import org.fugong.dashboard.Overview.Bucket;
import org.fugong.dashboard.Overview.DayCount;
import org.fugong.dashboard.Overview.DayRate;
import org.fugong.dashboard.Overview.DayTests;
import org.fugong.dashboard.Overview.GroupRate;
import org.fugong.dashboard.Overview.HourCount;
import org.fugong.dashboard.Overview.LevelRate;
import org.fugong.dashboard.Overview.ReasonCount;
import org.fugong.dashboard.Overview.ScopeCount;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures in SQL: a handful of aggregate queries, each scoped by
 * district and town in its WHERE clause and each reading an index or a small
 * summary (whitelist entries, a day's reports, {@code test_day_tally},
 * {@code scan_hour_tally}), never the raw test results or scans of a period.
 */
@Component
class StatsQueries {

	private static final String[] LEVELS = { "CITY", "DISTRICT", "TOWN" };

	private static final String[] BUCKETS = { "0-19", "20-39", "40-59", "60-79", "80-100" };

	private final JdbcTemplate jdbc;

	StatsQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A scope clause on a table alias, and its arguments. */
	private record Where(String sql, List<Object> args) {

		static Where of(StatsFilter filter, String alias) {
			StringBuilder sql = new StringBuilder();
			List<Object> args = new ArrayList<>();
			if (filter.districtCode() != null) {
				sql.append(" AND ").append(alias).append(".district_code = ?");
				args.add(filter.districtCode());
			}
			if (filter.townCode() != null) {
				sql.append(" AND ").append(alias).append(".town_code = ?");
				args.add(filter.townCode());
			}
			return new Where(sql.toString(), args);
		}

		Object[] with(Object... more) {
			List<Object> all = new ArrayList<>(this.args);
			all.addAll(List.of(more));
			return all.toArray();
		}

		Object[] before(Object... first) {
			List<Object> all = new ArrayList<>(List.of(first));
			all.addAll(this.args);
			return all.toArray();
		}

	}

	private static Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(TimeFormat.ZONE).toInstant());
	}

	Overview.Resumption resumption(StatsFilter filter, Map<String, String> townNames) {
		Where w = Where.of(filter, "w");
		LocalDate day = filter.to();
		long[] overall = new long[2];
		long[] above = new long[2];
		long[] foreign = new long[2];
		Map<String, long[]> levels = new LinkedHashMap<>();
		for (String level : LEVELS) {
			levels.put(level, new long[2]);
		}
		Map<String, long[]> industries = new TreeMap<>();
		Map<String, long[]> towns = new TreeMap<>();
		this.jdbc.query("""
				SELECT l.enterprise_id, l.levels, e.industry, e.town_code, e.above_designated_size, e.foreign_invested,
				  EXISTS (SELECT 1 FROM daily_report d WHERE d.report_date = ? AND d.enterprise_id = l.enterprise_id
				    AND d.staff_on_site > 0) AS resumed
				FROM (SELECT w.enterprise_id, array_agg(DISTINCT w.level) AS levels FROM whitelist_entry w
				      WHERE w.status = 'ACTIVE'""" + w.sql() + """
				      GROUP BY w.enterprise_id) l
				JOIN enterprise e ON e.id = l.enterprise_id
				""", (rs) -> {
			int resumed = rs.getBoolean("resumed") ? 1 : 0;
			add(overall, resumed);
			if (rs.getBoolean("above_designated_size")) {
				add(above, resumed);
			}
			if (rs.getBoolean("foreign_invested")) {
				add(foreign, resumed);
			}
			for (String level : strings(rs.getArray("levels"))) {
				add(levels.computeIfAbsent(level, (k) -> new long[2]), resumed);
			}
			add(industries.computeIfAbsent(rs.getString("industry"), (k) -> new long[2]), resumed);
			add(towns.computeIfAbsent(rs.getString("town_code"), (k) -> new long[2]), resumed);
		}, w.before(java.sql.Date.valueOf(day)));
		List<LevelRate> byLevel = new ArrayList<>();
		levels.forEach((level, n) -> byLevel.add(new LevelRate(level, n[0], n[1], Rate.fraction(n[1], n[0]))));
		List<GroupRate> byIndustry = new ArrayList<>();
		industries.forEach((code, n) -> byIndustry.add(new GroupRate(code, null, n[0], n[1], Rate.fraction(n[1], n[0]))));
		List<GroupRate> byTown = new ArrayList<>();
		towns.forEach((code, n) -> byTown
			.add(new GroupRate(code, townNames.getOrDefault(code, code), n[0], n[1], Rate.fraction(n[1], n[0]))));
		Map<LocalDate, Long> resumedByDay = new TreeMap<>();
		this.jdbc.query("""
				SELECT d.report_date, count(*) AS n
				FROM daily_report d
				WHERE d.report_date BETWEEN ? AND ? AND d.staff_on_site > 0
				  AND d.enterprise_id IN (SELECT w.enterprise_id FROM whitelist_entry w WHERE w.status = 'ACTIVE'""" + w.sql()
				+ """
				)
				GROUP BY d.report_date
				""", (rs) -> {
			resumedByDay.put(rs.getObject("report_date", LocalDate.class), rs.getLong("n"));
		}, w.before(java.sql.Date.valueOf(filter.from()), java.sql.Date.valueOf(day)));
		List<DayRate> trend = new ArrayList<>();
		for (LocalDate d = filter.from(); !d.isAfter(day); d = d.plusDays(1)) {
			long resumed = resumedByDay.getOrDefault(d, 0L);
			trend.add(new DayRate(d, overall[0], resumed, Rate.fraction(resumed, overall[0])));
		}
		return new Overview.Resumption(day, Rate.of(overall[0], overall[1]), byLevel, Rate.of(above[0], above[1]),
				Rate.of(foreign[0], foreign[1]), byIndustry, byTown, trend);
	}

	Overview.Workforce workforce(StatsFilter filter) {
		Where e = Where.of(filter, "e");
		LocalDate day = filter.to();
		Long registered = this.jdbc.queryForObject("""
				SELECT count(*) FROM employee m JOIN enterprise e ON e.id = m.enterprise_id
				WHERE m.active""" + e.sql(), Long.class, e.args().toArray());
		long[] reports = new long[2];
		long[] buckets = new long[BUCKETS.length];
		this.jdbc.query("""
				SELECT d.staff_on_site, d.capacity_percent
				FROM daily_report d JOIN enterprise e ON e.id = d.enterprise_id
				WHERE d.report_date = ?""" + e.sql(), (rs) -> {
			reports[0]++;
			reports[1] += rs.getInt("staff_on_site");
			buckets[Math.min(4, rs.getInt("capacity_percent") / 20)]++;
		}, e.before(java.sql.Date.valueOf(day)));
		List<Bucket> capacity = new ArrayList<>();
		for (int i = 0; i < BUCKETS.length; i++) {
			capacity.add(new Bucket(BUCKETS[i], buckets[i]));
		}
		Map<LocalDate, long[]> days = new TreeMap<>();
		for (LocalDate d = filter.from(); !d.isAfter(day); d = d.plusDays(1)) {
			days.put(d, new long[3]);
		}
		long[] today = new long[4];
		this.jdbc.query("""
				SELECT t.day, sum(t.antigen) AS antigen, sum(t.pcr) AS pcr, sum(t.tested) AS tested,
				  sum(t.positive) AS positive
				FROM test_day_tally t JOIN enterprise e ON e.id = t.enterprise_id
				WHERE t.day BETWEEN ? AND ?""" + e.sql() + " GROUP BY t.day", (rs) -> {
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
		}, e.before(java.sql.Date.valueOf(filter.from()), java.sql.Date.valueOf(day)));
		this.jdbc.query("""
				SELECT d.report_date, sum(d.staff_on_site) AS on_site
				FROM daily_report d JOIN enterprise e ON e.id = d.enterprise_id
				WHERE d.report_date BETWEEN ? AND ?""" + e.sql() + " GROUP BY d.report_date", (rs) -> {
			long[] n = days.get(rs.getObject("report_date", LocalDate.class));
			if (n != null) {
				n[2] = rs.getLong("on_site");
			}
		}, e.before(java.sql.Date.valueOf(filter.from()), java.sql.Date.valueOf(day)));
		List<DayTests> trend = new ArrayList<>();
		days.forEach((d, n) -> trend.add(new DayTests(d, n[0], n[1], n[2])));
		long staff = (registered != null) ? registered : 0;
		return new Overview.Workforce(day, staff, reports[1], reports[0], today[0], today[1], today[2],
				Rate.fraction(today[2], staff), today[3], capacity, trend);
	}

	Overview.Applications applications(StatsFilter filter) {
		Where r = Where.of(filter, "r");
		Timestamp from = startOf(filter.from());
		Timestamp until = startOf(filter.to().plusDays(1));
		Map<String, Long> byState = new LinkedHashMap<>();
		for (String state : List.of("DRAFT", "SUBMITTED", "ACCEPTED", "MATERIALS_APPROVED", "SITE_VERIFIED", "APPROVED",
				"RETURNED", "REJECTED")) {
			byState.put(state, 0L);
		}
		long[] counts = new long[2];
		this.jdbc.query("""
				SELECT r.state, count(*) AS n,
				  count(*) FILTER (WHERE r.due_at < now()
				    AND r.state IN ('SUBMITTED','ACCEPTED','MATERIALS_APPROVED','SITE_VERIFIED')) AS overdue,
				  count(*) FILTER (WHERE r.submitted_at >= ? AND r.submitted_at < ?) AS received
				FROM resumption_request r WHERE true""" + r.sql() + " GROUP BY r.state", (rs) -> {
			byState.put(rs.getString("state"), rs.getLong("n"));
			counts[0] += rs.getLong("overdue");
			counts[1] += rs.getLong("received");
		}, r.before(from, until));
		Map<LocalDate, Long> perDay = new TreeMap<>();
		for (LocalDate d = filter.from(); !d.isAfter(filter.to()); d = d.plusDays(1)) {
			perDay.put(d, 0L);
		}
		Double[] median = { null };
		long[] approved = { 0 };
		this.jdbc.query("""
				SELECT (r.decided_at AT TIME ZONE 'Asia/Shanghai')::date AS day, count(*) AS n
				FROM resumption_request r
				WHERE r.state = 'APPROVED' AND r.decided_at >= ? AND r.decided_at < ?""" + r.sql() + " GROUP BY 1",
				(rs) -> {
					perDay.put(rs.getObject("day", LocalDate.class), rs.getLong("n"));
					approved[0] += rs.getLong("n");
				}, r.before(from, until));
		this.jdbc.query("""
				SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.decided_at - r.submitted_at))
				  AS median
				FROM resumption_request r
				WHERE r.state = 'APPROVED' AND r.decided_at >= ? AND r.decided_at < ? AND r.submitted_at IS NOT NULL"""
				+ r.sql(), (rs) -> {
					double seconds = rs.getDouble("median");
					median[0] = rs.wasNull() ? null : Math.round(seconds / 360.0) / 10.0;
				}, r.before(from, until));
		List<DayCount> approvedPerDay = new ArrayList<>();
		perDay.forEach((d, n) -> approvedPerDay.add(new DayCount(d, n)));
		return new Overview.Applications(counts[1], byState, counts[0], approved[0], approvedPerDay, median[0]);
	}

	Overview.Passes passes(StatsFilter filter, Instant now) {
		Where p = Where.of(filter, "p");
		Timestamp from = startOf(filter.from());
		Timestamp until = startOf(filter.to().plusDays(1));
		Timestamp at = Timestamp.from(now);
		long[] n = new long[4];
		this.jdbc.query("""
				SELECT p.type,
				  count(*) FILTER (WHERE p.issued_at >= ? AND p.issued_at < ?) AS issued,
				  count(*) FILTER (WHERE p.status = 'ACTIVE' AND p.valid_to > ?) AS active
				FROM pass p WHERE true""" + p.sql() + " GROUP BY p.type", (rs) -> {
			int i = "WORKER".equals(rs.getString("type")) ? 0 : 2;
			n[i] = rs.getLong("issued");
			n[i + 1] = rs.getLong("active");
		}, p.before(from, until, at));
		Map<String, ScopeCount> scopes = new LinkedHashMap<>();
		for (String scope : List.of("DISTRICT", "CITY", "INTER_PROVINCE")) {
			scopes.put(scope, new ScopeCount(scope, 0, 0));
		}
		this.jdbc.query("""
				SELECT p.scope, count(*) AS passes, count(DISTINCT p.enterprise_id) AS enterprises
				FROM pass p
				WHERE p.type = 'VEHICLE' AND p.status = 'ACTIVE' AND p.valid_to > ? AND p.scope IS NOT NULL"""
				+ p.sql() + " GROUP BY p.scope", (rs) -> {
					scopes.put(rs.getString("scope"),
							new ScopeCount(rs.getString("scope"), rs.getLong("passes"), rs.getLong("enterprises")));
				}, p.before(at));
		Where s = Where.of(filter, "s");
		long[][] hours = new long[24][2];
		LocalDate today = TimeFormat.today();
		this.jdbc.query("""
				SELECT s.hour, s.verdict, sum(s.n) AS n
				FROM scan_hour_tally s
				WHERE s.hour >= ? AND s.hour < ?""" + s.sql() + " GROUP BY s.hour, s.verdict", (rs) -> {
			int hour = ZonedDateTime.ofInstant(rs.getTimestamp("hour").toInstant(), TimeFormat.ZONE).getHour();
			hours[hour]["VALID".equals(rs.getString("verdict")) ? 0 : 1] += rs.getLong("n");
		}, s.before(startOf(today), startOf(today.plusDays(1))));
		List<HourCount> scansToday = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			scansToday.add(new HourCount(h, hours[h][0], hours[h][1]));
		}
		long[] totals = new long[2];
		List<ReasonCount> reasons = new ArrayList<>();
		this.jdbc.query("""
				SELECT s.verdict, s.reason, sum(s.n) AS n
				FROM scan_hour_tally s
				WHERE s.hour >= ? AND s.hour < ?""" + s.sql() + " GROUP BY s.verdict, s.reason ORDER BY n DESC, s.reason",
				(rs) -> {
					if ("VALID".equals(rs.getString("verdict"))) {
						totals[0] += rs.getLong("n");
					}
					else {
						totals[1] += rs.getLong("n");
						reasons.add(new ReasonCount(rs.getString("reason"), rs.getLong("n")));
					}
				}, s.before(from, until));
		Where c = Where.of(filter, "c");
		String scope = c.sql().replace("c.town_code", "c.region_code");
		Long inside = this.jdbc.queryForObject("""
				SELECT count(*) FROM (
				  SELECT DISTINCT ON (s.pass_id) s.pass_id, s.scanned_at
				  FROM gate_scan s JOIN checkpoint c ON c.id = s.checkpoint_id
				  WHERE s.pass_type = 'VEHICLE' AND s.pass_id IS NOT NULL AND s.verdict = 'VALID' AND s.direction = 'ARRIVE'
				    AND s.scanned_at >= ?""" + scope + """
				  ORDER BY s.pass_id, s.scanned_at DESC) a
				WHERE NOT EXISTS (SELECT 1 FROM gate_scan d WHERE d.pass_id = a.pass_id AND d.direction = 'DEPART'
				  AND d.verdict = 'VALID' AND d.scanned_at > a.scanned_at)
				""", Long.class, c.before(Timestamp.from(now.minus(java.time.Duration.ofDays(30)))));
		return new Overview.Passes(n[0], n[2], n[1], n[3], List.copyOf(scopes.values()), scansToday, totals[0],
				totals[1], reasons, (inside != null) ? inside : 0);
	}

	private static void add(long[] counts, int resumed) {
		counts[0]++;
		counts[1] += resumed;
	}

	private static String[] strings(Array array) throws java.sql.SQLException {
		return (array == null) ? new String[0] : (String[]) array.getArray();
	}

}
