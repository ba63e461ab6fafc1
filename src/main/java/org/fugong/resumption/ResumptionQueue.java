package org.fugong.resumption;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.export.SqlWhere;
import org.fugong.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The officials' queues, as one scoped SQL query on indexed columns.
 */
@Component
@RequiredArgsConstructor
class ResumptionQueue {

	private final JdbcTemplate jdbc;

	Page<QueueItem> page(CurrentUser official, QueueFilter filter, Pageable pageable) {
		Instant now = Instant.now();
		SqlWhere where = filter.where(official, now);
		Long total = this.jdbc.queryForObject("SELECT count(*) FROM resumption_request r" + where.sql(), Long.class,
				where.args().toArray());
		List<Object> args = new ArrayList<>(where.args());
		args.add(pageable.getPageSize());
		args.add(pageable.getOffset());
		List<QueueItem> items = this.jdbc.query("""
				SELECT r.id, r.enterprise_id, r.enterprise_name, r.industry, r.town_code, r.state, r.due_at, r.submitted_at,
				       EXISTS (SELECT 1 FROM resumption_escalation e
				               WHERE e.request_id = r.id AND e.cleared_at IS NULL) AS escalated
				FROM resumption_request r""" + where.sql() + " ORDER BY " + filter.orderBy() + " LIMIT ? OFFSET ?",
				(rs, n) -> {
					ApplicationState state = ApplicationState.valueOf(rs.getString("state"));
					Timestamp due = rs.getTimestamp("due_at");
					Timestamp submitted = rs.getTimestamp("submitted_at");
					return new QueueItem(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("enterprise_name"),
							rs.getString("industry"), rs.getString("town_code"), state,
							(due != null) ? due.toInstant() : null, (submitted != null) ? submitted.toInstant() : null,
							due != null && state.waitsFor() != null && due.toInstant().isBefore(now),
							rs.getBoolean("escalated"));
				}, args.toArray());
		return new PageImpl<>(items, pageable, (total != null) ? total : 0);
	}

	/** The waiting applications and, of those, the overdue and the escalated (督办) ones, in one query. */
	ResumptionService.QueueCounts counts(CurrentUser official) {
		Instant now = Instant.now();
		SqlWhere where = QueueFilter.WAITING.where(official, now);
		List<Object> args = new ArrayList<>();
		args.add(Timestamp.from(now));
		args.addAll(where.args());
		String overdue = "r.due_at < ? AND r.state IN " + QueueFilter.WAITING_STATES;
		return this.jdbc.queryForObject("SELECT count(*) AS waiting, count(*) FILTER (WHERE " + overdue
				+ ") AS overdue, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM resumption_escalation e"
				+ " WHERE e.request_id = r.id AND e.cleared_at IS NULL)) AS escalated FROM resumption_request r"
				+ where.sql(),
				(rs, n) -> new ResumptionService.QueueCounts(rs.getLong("waiting"), rs.getLong("overdue"),
						rs.getLong("escalated")), args.toArray());
	}

}
