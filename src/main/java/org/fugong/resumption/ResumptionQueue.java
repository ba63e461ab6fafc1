package org.fugong.resumption;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The officials' queues, as one scoped SQL query on indexed columns.
 */
@Component
class ResumptionQueue {

	private final NamedParameterJdbcTemplate jdbc;

	ResumptionQueue(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Page<QueueItem> page(CurrentUser official, QueueFilter filter, Pageable pageable) {
		Instant now = Instant.now();
		MapSqlParameterSource params = new MapSqlParameterSource("now", Timestamp.from(now));
		String where = where(official, filter, params);
		Long total = this.jdbc.queryForObject("SELECT count(*) FROM resumption_request r" + where, params, Long.class);
		String order = switch ((filter.sort() != null) ? filter.sort() : "due") {
			case "submitted" -> "r.submitted_at DESC NULLS LAST, r.id DESC";
			case "name" -> "r.enterprise_name, r.id";
			default -> "r.due_at ASC NULLS LAST, r.id";
		};
		params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<QueueItem> items = this.jdbc.query("""
				SELECT r.id, r.enterprise_id, r.enterprise_name, r.industry, r.town_code, r.state, r.due_at, r.submitted_at,
				       EXISTS (SELECT 1 FROM resumption_escalation e
				               WHERE e.request_id = r.id AND e.cleared_at IS NULL) AS escalated
				FROM resumption_request r""" + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset", params,
				(rs, n) -> {
					ApplicationState state = ApplicationState.valueOf(rs.getString("state"));
					Timestamp due = rs.getTimestamp("due_at");
					Timestamp submitted = rs.getTimestamp("submitted_at");
					return new QueueItem(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("enterprise_name"),
							rs.getString("industry"), rs.getString("town_code"), state,
							(due != null) ? due.toInstant() : null, (submitted != null) ? submitted.toInstant() : null,
							due != null && state.waitsFor() != null && due.toInstant().isBefore(now),
							rs.getBoolean("escalated"));
				});
		return new PageImpl<>(items, pageable, (total != null) ? total : 0);
	}

	/** The waiting applications and, of those, the overdue and the escalated (督办) ones, in one query. */
	ResumptionService.QueueCounts counts(CurrentUser official) {
		MapSqlParameterSource params = new MapSqlParameterSource("now", Timestamp.from(Instant.now()));
		String where = where(official, new QueueFilter(null, null, null, false, null), params);
		return this.jdbc.queryForObject("""
				SELECT count(*) AS waiting,
				       count(*) FILTER (WHERE r.due_at < :now
				                        AND r.state IN ('SUBMITTED','ACCEPTED','MATERIALS_APPROVED','SITE_VERIFIED')) AS overdue,
				       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM resumption_escalation e
				                                      WHERE e.request_id = r.id AND e.cleared_at IS NULL)) AS escalated
				FROM resumption_request r""" + where, params,
				(rs, n) -> new ResumptionService.QueueCounts(rs.getLong("waiting"), rs.getLong("overdue"),
						rs.getLong("escalated")));
	}

	private static String where(CurrentUser official, QueueFilter filter, MapSqlParameterSource params) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Jurisdiction scope = official.jurisdiction();
		if (scope.districtCode() != null) {
			where.append(" AND r.district_code = :district");
			params.addValue("district", scope.districtCode());
		}
		if (scope.townCode() != null) {
			where.append(" AND r.town_code = :scopeTown");
			params.addValue("scopeTown", scope.townCode());
		}
		Set<ApplicationState> states = (filter.state() != null) ? Set.of(filter.state()) : waitingStates(official);
		params.addValue("states", states.stream().map(Enum::name).toList());
		if (filter.state() == null && official.is(Role.DISTRICT_OFFICIAL)) {
			// 督办: a town's step overdue past its grace also waits in its district's queue.
			where.append(" AND (r.state IN (:states) OR EXISTS (SELECT 1 FROM resumption_escalation e"
					+ " WHERE e.request_id = r.id AND e.cleared_at IS NULL AND e.escalated_to = 'DISTRICT_OFFICIAL'))");
		}
		else {
			where.append(" AND r.state IN (:states)");
		}
		if (filter.town() != null) {
			where.append(" AND r.town_code = :town");
			params.addValue("town", filter.town());
		}
		if (filter.industry() != null) {
			where.append(" AND r.industry = :industry");
			params.addValue("industry", filter.industry());
		}
		if (filter.overdueOnly()) {
			where.append(" AND r.due_at < :now AND r.state IN ('SUBMITTED','ACCEPTED','MATERIALS_APPROVED','SITE_VERIFIED')");
		}
		return where.toString();
	}

	private static Set<ApplicationState> waitingStates(CurrentUser official) {
		if (official.is(Role.CITY_OFFICIAL)) {
			return Set.of(ApplicationState.SUBMITTED, ApplicationState.ACCEPTED, ApplicationState.MATERIALS_APPROVED,
					ApplicationState.SITE_VERIFIED);
		}
		return ApplicationState.waitingFor(official.role());
	}

}
