package org.fugong.resumption;

import java.time.Instant;
import java.util.List;

import org.fugong.export.ExportColumn;
import org.fugong.export.ExportParams;
import org.fugong.export.ExportQuery;
import org.fugong.export.ListExport;
import org.fugong.export.ListExport.Audience;
import org.fugong.export.SqlWhere;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;

import org.springframework.stereotype.Component;

/**
 * The applications as a sheet. An official's is the queue under the same
 * {@link QueueFilter} ({@code state, region, industry, overdue, sort}) as the page and
 * {@code GET /applications}, so with no state the applications waiting for
 * the official's role; an enterprise's is all of its own.
 */
@Component
class ApplicationExport extends ListExport {

	private static final List<ExportColumn> COLUMNS = List.of(ExportColumn.number("export.col.id"),
			ExportColumn.text("export.col.enterprise", 30), ExportColumn.text("export.col.town", 14),
			ExportColumn.code("export.col.industry", "industry.", 16),
			ExportColumn.code("export.col.state", "application.state.", 14),
			ExportColumn.date("export.col.plannedResumeDate"), ExportColumn.number("export.col.returningStaff"),
			ExportColumn.dateTime("export.col.submittedAt"), ExportColumn.dateTime("export.col.dueAt"),
			ExportColumn.yesNo("export.col.overdue"), ExportColumn.dateTime("export.col.decidedAt"));

	ApplicationExport() {
		super("applications", "export.title.applications", Audience.OFFICIALS_AND_ENTERPRISES, COLUMNS);
	}

	@Override
	public ExportQuery query(CurrentUser user, ExportParams params) {
		QueueFilter filter = QueueFilter.of(params);
		Instant now = Instant.now();
		SqlWhere where;
		if (user.is(Role.ENTERPRISE)) {
			where = filter.overdue(SqlWhere.within(Jurisdiction.EVERYWHERE, "r.district_code", "r.town_code")
				.equal("r.enterprise_id", user.requireEnterpriseId())
				.equal("r.state", filter.state()), now);
		}
		else {
			where = filter.where(user, now);
		}
		return ExportQuery.sql("""
				r.id, r.enterprise_name, t.name AS town, r.industry, r.state, r.planned_resume_date, r.returning_staff,
				r.submitted_at, r.due_at, (r.due_at < now() AND r.state IN""" + " " + QueueFilter.WAITING_STATES
				+ ") AS overdue, r.decided_at", " FROM resumption_request r JOIN region t ON t.code = r.town_code"
				+ where.sql(), filter.orderBy(), where.args(),
				(rs) -> new Object[] { rs.getLong("id"), rs.getString("enterprise_name"), rs.getString("town"),
						rs.getString("industry"), rs.getString("state"),
						rs.getObject("planned_resume_date", java.time.LocalDate.class), rs.getInt("returning_staff"),
						instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("due_at")),
						rs.getBoolean("overdue"), instant(rs.getTimestamp("decided_at")) });
	}

}
