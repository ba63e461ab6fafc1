package org.fugong.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.common.TimeFormat;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lists and figures as scoped SQL on indexed columns: the scope (an enterprise,
 * or an official's jurisdiction) is part of every query, never a filter applied afterwards.
 */
@Component
@RequiredArgsConstructor
class AppealQueries {

	/**
	 * Whose appeals a query may see: one enterprise's, or a district's or town's
	 * (plus what is assigned to the user); a department officer's scope is what was
	 * transferred to their department (within their district, if they serve one).
	 */
	record Scope(Long enterpriseId, String district, String town, String username, String department) {

		Scope(Long enterpriseId, String district, String town, String username) {
			this(enterpriseId, district, town, username, null);
		}

	}

	private static final String COLUMNS = """
			SELECT a.id, a.type, a.subject, a.state, a.enterprise_id, a.enterprise_name, a.district_code, a.town_code,
			       a.assignee, a.received_at, a.due_at, a.resolved_at, a.closed_at, a.satisfaction, a.reopen_count,
			       a.channel, a.department_code
			FROM appeal a""";

	private final NamedParameterJdbcTemplate jdbc;

	Page<AppealSummary> page(Scope scope, AppealFilter filter, Pageable pageable, Instant now) {
		MapSqlParameterSource params = new MapSqlParameterSource("now", Timestamp.from(now));
		String where = where(scope, filter, params, now);
		Long total = this.jdbc.queryForObject("SELECT count(*) FROM appeal a" + where, params, Long.class);
		String order = switch ((filter.sort() != null) ? filter.sort() : "due") {
			case "received" -> "a.received_at DESC, a.id DESC";
			case "name" -> "a.enterprise_name, a.id";
			default -> "a.due_at ASC NULLS LAST, a.received_at DESC, a.id";
		};
		params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<AppealSummary> items = this.jdbc.query(COLUMNS + where + " ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset", params, (rs, n) -> summary(rs, now));
		return new PageImpl<>(items, pageable, (total != null) ? total : 0);
	}

	long count(Scope scope, AppealFilter filter, Instant now) {
		MapSqlParameterSource params = new MapSqlParameterSource("now", Timestamp.from(now));
		Long count = this.jdbc.queryForObject("SELECT count(*) FROM appeal a" + where(scope, filter, params, now),
				params, Long.class);
		return (count != null) ? count : 0;
	}

	static String where(Scope scope, AppealFilter filter, MapSqlParameterSource params, Instant now) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (scope.enterpriseId() != null) {
			where.append(" AND a.enterprise_id = :enterpriseId");
			params.addValue("enterpriseId", scope.enterpriseId());
		}
		if (scope.district() != null) {
			where.append(" AND a.district_code = :district");
			params.addValue("district", scope.district());
		}
		if (scope.department() != null) {
			where.append(" AND a.department_code = :scopeDepartment");
			params.addValue("scopeDepartment", scope.department());
		}
		if (scope.town() != null) {
			where.append(" AND (a.town_code = :scopeTown OR a.assignee = :scopeUser)");
			params.addValue("scopeTown", scope.town()).addValue("scopeUser", scope.username());
		}
		if (filter.state() != null) {
			where.append(" AND a.state = :state");
			params.addValue("state", filter.state().name());
		}
		if (filter.type() != null) {
			where.append(" AND a.type = :type");
			params.addValue("type", filter.type().name());
		}
		if (filter.town() != null) {
			where.append(" AND a.town_code = :town");
			params.addValue("town", filter.town());
		}
		if (filter.assignee() != null) {
			where.append(" AND a.assignee = :assignee");
			params.addValue("assignee", filter.assignee());
		}
		if (filter.overdueOnly()) {
			where.append(" AND a.due_at < :now");
		}
		if (filter.dueTodayOnly()) {
			LocalDate today = now.atZone(TimeFormat.ZONE).toLocalDate();
			where.append(" AND a.due_at >= :now AND a.due_at < :tomorrow");
			params.addValue("tomorrow", Timestamp.from(today.plusDays(1).atStartOfDay(TimeFormat.ZONE).toInstant()));
		}
		return where.toString();
	}

	private static AppealSummary summary(ResultSet rs, Instant now) throws SQLException {
		Instant due = instant(rs, "due_at");
		int satisfaction = rs.getInt("satisfaction");
		return new AppealSummary(rs.getLong("id"), AppealType.valueOf(rs.getString("type")), rs.getString("subject"),
				AppealState.valueOf(rs.getString("state")), rs.getLong("enterprise_id"),
				rs.getString("enterprise_name"), rs.getString("district_code"), rs.getString("town_code"),
				rs.getString("assignee"), instant(rs, "received_at"), due, due != null && due.isBefore(now),
				instant(rs, "resolved_at"), instant(rs, "closed_at"), rs.wasNull() ? null : satisfaction,
				rs.getInt("reopen_count"), AppealChannel.valueOf(rs.getString("channel")), rs.getString("department_code"));
	}

	/**
	 * A queue's two figures in one query: the items in the scope waiting in one of
	 * the states, and how many of those are past their deadline.
	 */
	Pending pending(Scope scope, List<AppealState> states, Instant now) {
		MapSqlParameterSource params = new MapSqlParameterSource("now", Timestamp.from(now));
		String where = where(scope, AppealFilter.NONE, params, now) + " AND a.state IN (:states)";
		params.addValue("states", states.stream().map(Enum::name).toList());
		return this.jdbc.queryForObject(
				"SELECT count(*) AS waiting, count(*) FILTER (WHERE a.due_at < :now) AS overdue FROM appeal a" + where,
				params, (rs, n) -> new Pending(rs.getLong("waiting"), rs.getLong("overdue")));
	}

	/** How many items wait in a queue, and how many of them are overdue. */
	record Pending(long waiting, long overdue) {
	}

	/**
	 * The figures of the items received in a region (a city, district or town
	 * code; null for everywhere) between two dates (inclusive, Asia/Shanghai),
	 * grouped by the region's children: districts under a city, towns under a district.
	 */
	AppealFigures figures(String region, Level level, LocalDate from, LocalDate to, Instant now) {
		MapSqlParameterSource params = new MapSqlParameterSource("now", Timestamp.from(now))
			.addValue("from", Timestamp.from(from.atStartOfDay(TimeFormat.ZONE).toInstant()))
			.addValue("to", Timestamp.from(to.plusDays(1).atStartOfDay(TimeFormat.ZONE).toInstant()));
		String where = " WHERE a.received_at >= :from AND a.received_at < :to";
		if (level == Level.DISTRICT) {
			where += " AND a.district_code = :region";
			params.addValue("region", region);
		}
		else if (level == Level.TOWN) {
			where += " AND a.town_code = :region";
			params.addValue("region", region);
		}
		AppealFigures.Counts total = this.jdbc.queryForObject(AGGREGATES + " FROM appeal a" + where, params,
				(rs, n) -> counts(rs));
		List<AppealFigures.TypeCounts> byType = new ArrayList<>();
		this.jdbc.query("SELECT a.type AS grp," + AGGREGATES.substring("SELECT".length()) + " FROM appeal a" + where
				+ " GROUP BY a.type ORDER BY count(*) DESC, a.type", params,
				(rs) -> {
					byType.add(new AppealFigures.TypeCounts(AppealType.valueOf(rs.getString("grp")), counts(rs)));
				});
		String groupColumn = (level == Level.CITY) ? "a.district_code" : "a.town_code";
		List<AppealFigures.RegionCounts> byRegion = new ArrayList<>();
		this.jdbc.query("SELECT " + groupColumn + " AS grp," + AGGREGATES.substring("SELECT".length())
				+ " FROM appeal a" + where + " GROUP BY " + groupColumn + " ORDER BY " + groupColumn, params,
				(rs) -> {
					byRegion.add(new AppealFigures.RegionCounts(rs.getString("grp"), counts(rs)));
				});
		return new AppealFigures(region, from, to, total, byType, byRegion);
	}

	/** Where the figures are asked for: all of the city, one district or one town. */
	enum Level {

		CITY, DISTRICT, TOWN

	}

	private static final String AGGREGATES = """
			SELECT count(*) AS received,
			       count(*) FILTER (WHERE a.first_responded_at IS NOT NULL) AS responded,
			       count(*) FILTER (WHERE a.first_responded_at <= a.first_response_due_at) AS responded_in_time,
			       count(*) FILTER (WHERE a.resolved_at IS NOT NULL) AS resolved,
			       count(*) FILTER (WHERE a.resolved_at <= a.resolution_due_at) AS resolved_in_time,
			       count(a.satisfaction) AS rated,
			       count(*) FILTER (WHERE a.satisfaction >= 4) AS satisfied,
			       count(*) FILTER (WHERE a.auto_closed) AS unrated_closed,
			       count(*) FILTER (WHERE a.due_at < :now) AS overdue,
			       avg(extract(epoch FROM a.first_responded_at - a.cycle_started_at) / 3600.0) AS hours_first,
			       avg(extract(epoch FROM a.resolved_at - a.cycle_started_at) / 3600.0) AS hours_resolved""";

	private static AppealFigures.Counts counts(ResultSet rs) throws SQLException {
		double first = rs.getDouble("hours_first");
		Double hoursFirst = rs.wasNull() ? null : Math.round(first * 10) / 10.0;
		double resolved = rs.getDouble("hours_resolved");
		Double hoursResolved = rs.wasNull() ? null : Math.round(resolved * 10) / 10.0;
		return new AppealFigures.Counts(rs.getLong("received"), rs.getLong("responded"),
				rs.getLong("responded_in_time"), rs.getLong("resolved"), rs.getLong("resolved_in_time"),
				rs.getLong("rated"), rs.getLong("satisfied"), rs.getLong("unrated_closed"), rs.getLong("overdue"),
				hoursFirst, hoursResolved);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
