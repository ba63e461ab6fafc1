package org.fugong.gate;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.fugong.common.TimeFormat;
import org.fugong.security.Jurisdiction;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The officials' reads of the scan log, in SQL: a jurisdiction sees the scans made
 * at its checkpoints (the checkpoint's district and town, as the checkpoint list
 * scopes them), so the scope is part of every query. The masked holder and the
 * enterprise's name are joined for display only, from the views their owners
 * publish ({@code pass_holder}, {@code enterprise_directory}); the log stores neither.
 */
@Component
@RequiredArgsConstructor
class ScanQueries {

	/** How far back "entered but never left" looks for arrivals. */
	static final Duration INSIDE_WINDOW = Duration.ofDays(30);

	private static final int TRACE_LIMIT = 500;

	private static final String LINE_COLUMNS = """
			s.id, s.scanned_at, s.checkpoint_id, c.name AS checkpoint_name, c.kind AS checkpoint_kind, s.guard,
			s.direction, s.verdict, s.reason, s.pass_id, s.pass_type, p.holder_masked, e.name AS enterprise_name,
			s.offline, s.mismatch, s.flag
			""";

	private static final String LINE_FROM = """
			FROM gate_scan s
			JOIN checkpoint c ON c.id = s.checkpoint_id
			LEFT JOIN pass_holder p ON p.id = s.pass_id
			LEFT JOIN enterprise_directory e ON e.id = s.enterprise_id
			""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	/** The scans of the jurisdiction that match, newest first. */
	Page<ScanLine> search(Jurisdiction jurisdiction, ScanFilter filter, Pageable pageable) {
		Where where = where(jurisdiction, filter);
		Long total = this.jdbc.queryForObject("SELECT count(*) FROM gate_scan s JOIN checkpoint c ON c.id = s.checkpoint_id"
				+ where.sql(), Long.class, where.args().toArray());
		List<Object> args = new ArrayList<>(where.args());
		args.add(pageable.getPageSize());
		args.add(pageable.getOffset());
		List<ScanLine> lines = this.jdbc.query("SELECT " + LINE_COLUMNS + LINE_FROM + where.sql()
				+ " ORDER BY s.scanned_at DESC, s.id DESC LIMIT ? OFFSET ?", ScanQueries::line, args.toArray());
		return new PageImpl<>(lines, pageable, (total != null) ? total : 0);
	}

	/** Valid and refused scans that match, and the refused ones by reason. */
	ScanCounts counts(Jurisdiction jurisdiction, ScanFilter filter) {
		Where where = where(jurisdiction, filter);
		long[] valid = { 0 };
		long[] refused = { 0 };
		Map<String, Long> byReason = new LinkedHashMap<>();
		this.jdbc.query("SELECT s.verdict, s.reason, count(*) AS n FROM gate_scan s JOIN checkpoint c ON c.id = s.checkpoint_id"
				+ where.sql() + " GROUP BY s.verdict, s.reason ORDER BY n DESC, s.reason", (rs) -> {
					long n = rs.getLong("n");
					if ("VALID".equals(rs.getString("verdict"))) {
						valid[0] += n;
					}
					else {
						refused[0] += n;
						byReason.merge(rs.getString("reason"), n, Long::sum);
					}
				}, where.args().toArray());
		return new ScanCounts(valid[0], refused[0], byReason);
	}

	/** The vehicle passes scanned in the jurisdiction on those days, the most recently seen first. */
	Page<VehicleLine> vehicles(Jurisdiction jurisdiction, LocalDate from, LocalDate to, Pageable pageable) {
		ScanFilter filter = new ScanFilter(from, to, null, null, null, "VEHICLE", false, false);
		Where where = where(jurisdiction, filter);
		String scoped = " FROM gate_scan s JOIN checkpoint c ON c.id = s.checkpoint_id" + where.sql()
				+ " AND s.pass_id IS NOT NULL";
		Long total = this.jdbc.queryForObject("SELECT count(DISTINCT s.pass_id)" + scoped, Long.class,
				where.args().toArray());
		List<Object> args = new ArrayList<>(where.args());
		args.add(pageable.getPageSize());
		args.add(pageable.getOffset());
		args.addAll(where.args());
		List<VehicleLine> lines = this.jdbc.query("""
				WITH g AS (
				  SELECT s.pass_id, count(*) AS scans, max(s.scanned_at) AS last_at,
				    array_agg(DISTINCT s.flag) FILTER (WHERE s.flag IS NOT NULL) AS flags
				""" + scoped + """
				  GROUP BY s.pass_id ORDER BY last_at DESC, s.pass_id DESC LIMIT ? OFFSET ?)
				SELECT g.pass_id, g.scans, g.last_at, g.flags, l.direction, l.verdict, l.reason, l.checkpoint_name,
				  p.holder_masked, e.name AS enterprise_name
				FROM g
				JOIN LATERAL (
				  SELECT s.direction, s.verdict, s.reason, c.name AS checkpoint_name, s.enterprise_id
				""" + scoped + """
				    AND s.pass_id = g.pass_id ORDER BY s.scanned_at DESC, s.id DESC LIMIT 1) l ON true
				LEFT JOIN pass_holder p ON p.id = g.pass_id
				LEFT JOIN enterprise_directory e ON e.id = l.enterprise_id
				ORDER BY g.last_at DESC, g.pass_id DESC
				""", (rs, row) -> new VehicleLine(rs.getLong("pass_id"), rs.getString("holder_masked"),
				rs.getString("enterprise_name"), rs.getLong("scans"), rs.getTimestamp("last_at").toInstant(),
				rs.getString("checkpoint_name"), Direction.valueOf(rs.getString("direction")), rs.getString("verdict"),
				rs.getString("reason"), strings(rs.getArray("flags"))), args.toArray());
		return new PageImpl<>(lines, pageable, (total != null) ? total : 0);
	}

	/**
	 * The vehicles that arrived at a checkpoint of the jurisdiction in the last
	 * thirty days and were not scanned departing (anywhere) after their last
	 * arrival: the longest inside first.
	 */
	List<VehicleInside> inside(Jurisdiction jurisdiction, int limit) {
		Instant now = this.clock.instant();
		List<Object> args = new ArrayList<>();
		StringBuilder scope = new StringBuilder();
		scope(jurisdiction, scope, args);
		args.add(Timestamp.from(now.minus(INSIDE_WINDOW)));
		args.add(limit);
		return this.jdbc.query("""
				SELECT a.pass_id, a.scanned_at, a.checkpoint_name, p.holder_masked, e.name AS enterprise_name
				FROM (
				  SELECT DISTINCT ON (s.pass_id) s.pass_id, s.scanned_at, s.enterprise_id, c.name AS checkpoint_name
				  FROM gate_scan s JOIN checkpoint c ON c.id = s.checkpoint_id
				  WHERE s.pass_type = 'VEHICLE' AND s.pass_id IS NOT NULL AND s.verdict = 'VALID' AND s.direction = 'ARRIVE'
				""" + scope + """
				    AND s.scanned_at >= ?
				  ORDER BY s.pass_id, s.scanned_at DESC) a
				LEFT JOIN pass_holder p ON p.id = a.pass_id
				LEFT JOIN enterprise_directory e ON e.id = a.enterprise_id
				WHERE NOT EXISTS (SELECT 1 FROM gate_scan d WHERE d.pass_id = a.pass_id AND d.direction = 'DEPART'
				  AND d.verdict = 'VALID' AND d.scanned_at > a.scanned_at)
				ORDER BY a.scanned_at, a.pass_id
				LIMIT ?
				""", (rs, row) -> {
			Instant arrived = rs.getTimestamp("scanned_at").toInstant();
			return new VehicleInside(rs.getLong("pass_id"), rs.getString("holder_masked"),
					rs.getString("enterprise_name"), arrived, rs.getString("checkpoint_name"),
					Math.max(0, Duration.between(arrived, now).toMinutes()));
		}, args.toArray());
	}

	/** A pass's scans, oldest first (a timeline); with a jurisdiction only those at its checkpoints. */
	List<ScanLine> trace(long passId, Jurisdiction jurisdiction) {
		List<Object> args = new ArrayList<>(List.of(passId));
		StringBuilder scope = new StringBuilder();
		if (jurisdiction != null) {
			scope(jurisdiction, scope, args);
		}
		args.add(TRACE_LIMIT);
		return this.jdbc.query("SELECT " + LINE_COLUMNS + LINE_FROM + " WHERE s.pass_id = ?" + scope
				+ " ORDER BY s.scanned_at, s.id LIMIT ?", ScanQueries::line, args.toArray());
	}

	/** A pass's last 500 scans anywhere, newest first. */
	List<ScanLine> ofPass(long passId) {
		return this.jdbc.query("SELECT " + LINE_COLUMNS + LINE_FROM
				+ " WHERE s.pass_id = ? ORDER BY s.scanned_at DESC, s.id DESC LIMIT ?", ScanQueries::line, passId,
				TRACE_LIMIT);
	}

	static Where where(Jurisdiction jurisdiction, ScanFilter filter) {
		StringBuilder sql = new StringBuilder(" WHERE true");
		List<Object> args = new ArrayList<>();
		scope(jurisdiction, sql, args);
		if (filter.from() != null) {
			sql.append(" AND s.scanned_at >= ?");
			args.add(Timestamp.from(filter.from().atStartOfDay(TimeFormat.ZONE).toInstant()));
		}
		if (filter.to() != null) {
			sql.append(" AND s.scanned_at < ?");
			args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(TimeFormat.ZONE).toInstant()));
		}
		and(sql, args, " AND s.checkpoint_id = ?", filter.checkpointId());
		and(sql, args, " AND s.verdict = ?", filter.verdict());
		and(sql, args, " AND s.reason = ?", filter.reason());
		and(sql, args, " AND s.pass_type = ?", filter.passType());
		if (filter.flagged()) {
			sql.append(" AND s.flag IS NOT NULL");
		}
		if (filter.mismatched()) {
			sql.append(" AND s.mismatch");
		}
		return new Where(sql.toString(), args);
	}

	private static void scope(Jurisdiction jurisdiction, StringBuilder sql, List<Object> args) {
		and(sql, args, " AND c.district_code = ?", jurisdiction.districtCode());
		and(sql, args, " AND c.region_code = ?", jurisdiction.townCode());
	}

	/** Adds the condition with its one parameter when the value is given; a value not given filters nothing. */
	private static void and(StringBuilder sql, List<Object> args, String condition, Object value) {
		if (value != null) {
			sql.append(condition);
			args.add(value);
		}
	}

	private static ScanLine line(ResultSet rs, int row) throws SQLException {
		long passId = rs.getLong("pass_id");
		Long pass = rs.wasNull() ? null : passId;
		return new ScanLine(rs.getLong("id"), rs.getTimestamp("scanned_at").toInstant(), rs.getLong("checkpoint_id"),
				rs.getString("checkpoint_name"), CheckpointKind.valueOf(rs.getString("checkpoint_kind")),
				rs.getString("guard"), Direction.valueOf(rs.getString("direction")), rs.getString("verdict"),
				rs.getString("reason"), pass, rs.getString("pass_type"), rs.getString("holder_masked"),
				rs.getString("enterprise_name"), rs.getBoolean("offline"), rs.getBoolean("mismatch"),
				rs.getString("flag"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	record Where(String sql, List<Object> args) {
	}

}
