package org.fugong.liaison;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.fugong.common.TimeFormat;
import org.fugong.security.Jurisdiction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The liaison reads, counted in the database over this module's own tables: an
 * enterprise's liaison with its visits' totals, an officer's enterprises and a
 * region's figures.
 */
@Component
@RequiredArgsConstructor
class LiaisonQueries {

	private static final String SUMMARY = """
			SELECT a.enterprise_id, a.enterprise_name, a.officer, a.officer_name, a.assigned_at, a.assigned_by,
			       count(v.id) AS visits, coalesce(sum(v.problems_found), 0) AS found,
			       coalesce(sum(v.problems_solved), 0) AS solved, max(v.visited_on) AS last_visit,
			       (SELECT l.follow_up_on FROM liaison_visit l WHERE l.enterprise_id = a.enterprise_id
			          ORDER BY l.visited_on DESC, l.id DESC LIMIT 1) AS follow_up
			FROM liaison_assignment a
			LEFT JOIN liaison_visit v ON v.enterprise_id = a.enterprise_id
			WHERE a.ended_at IS NULL AND %s
			GROUP BY a.id
			""";

	private final JdbcTemplate jdbc;

	Optional<LiaisonView> summaryOf(long enterpriseId) {
		return this.jdbc.query(SUMMARY.formatted("a.enterprise_id = ?"), LiaisonQueries::view, enterpriseId)
			.stream()
			.findFirst();
	}

	/** The officer's enterprises: a follow-up date that has come first (earliest first), then by name. */
	List<LiaisonView> firmsOf(String officer) {
		return this.jdbc.query(SUMMARY.formatted("lower(a.officer) = lower(?)")
				+ " ORDER BY follow_up NULLS LAST, a.enterprise_name", LiaisonQueries::view, officer);
	}

	List<VisitView> visitsOf(long enterpriseId) {
		return this.jdbc.query("""
				SELECT v.id, v.visited_on, v.officer, a.officer_name, v.met_with, v.note, v.problems_found,
				       v.problems_solved, v.follow_up_on, v.created_at
				FROM liaison_visit v JOIN liaison_assignment a ON a.id = v.assignment_id
				WHERE v.enterprise_id = ? ORDER BY v.visited_on DESC, v.id DESC LIMIT 500
				""", (rs, n) -> new VisitView(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8),
				rs.getObject(9, LocalDate.class), rs.getTimestamp(10).toInstant()), enterpriseId);
	}

	/** The figures of a jurisdiction (its codes null: everywhere) between two days (null: open). */
	LiaisonFigures figures(Jurisdiction scope, LocalDate from, LocalDate to) {
		List<Object> args = new ArrayList<>();
		String where = scope(scope, args);
		long[] covered = this.jdbc.queryForObject("SELECT count(*), count(DISTINCT lower(officer))"
				+ " FROM liaison_assignment WHERE ended_at IS NULL" + where,
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }, args.toArray());
		List<Object> visitArgs = new ArrayList<>(args);
		String period = "";
		if (from != null) {
			period += " AND visited_on >= ?";
			visitArgs.add(Date.valueOf(from));
		}
		if (to != null) {
			period += " AND visited_on <= ?";
			visitArgs.add(Date.valueOf(to));
		}
		long[] visited = this.jdbc.queryForObject("SELECT count(*), count(DISTINCT enterprise_id),"
				+ " coalesce(sum(problems_found), 0), coalesce(sum(problems_solved), 0)"
				+ " FROM liaison_visit WHERE TRUE" + where + period,
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) },
				visitArgs.toArray());
		List<Object> overdueArgs = new ArrayList<>(args);
		overdueArgs.add(Date.valueOf(TimeFormat.today()));
		Long overdue = this.jdbc.queryForObject("""
				SELECT count(*) FROM (
				  SELECT DISTINCT ON (v.enterprise_id) v.follow_up_on
				  FROM liaison_visit v JOIN liaison_assignment a ON a.id = v.assignment_id AND a.ended_at IS NULL
				  WHERE TRUE""" + where.replace("district_code", "v.district_code").replace("town_code", "v.town_code")
				+ " ORDER BY v.enterprise_id, v.visited_on DESC, v.id DESC) latest"
				+ " WHERE latest.follow_up_on < ?", Long.class, overdueArgs.toArray());
		return new LiaisonFigures(from, to, covered[0], covered[1], visited[0], visited[1], visited[2], visited[3],
				(overdue != null) ? overdue : 0);
	}

	private static String scope(Jurisdiction scope, List<Object> args) {
		String where = "";
		if (scope.districtCode() != null) {
			where += " AND district_code = ?";
			args.add(scope.districtCode());
		}
		if (scope.townCode() != null) {
			where += " AND town_code = ?";
			args.add(scope.townCode());
		}
		return where;
	}

	private static LiaisonView view(ResultSet rs, int row) throws SQLException {
		return new LiaisonView(rs.getLong("enterprise_id"), rs.getString("enterprise_name"), rs.getString("officer"),
				rs.getString("officer_name"), rs.getTimestamp("assigned_at").toInstant(), rs.getString("assigned_by"),
				rs.getLong("visits"), rs.getLong("found"), rs.getLong("solved"),
				rs.getObject("last_visit", LocalDate.class), rs.getObject("follow_up", LocalDate.class));
	}

}
