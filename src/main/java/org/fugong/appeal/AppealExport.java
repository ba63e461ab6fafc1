package org.fugong.appeal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.fugong.export.ExportColumn;
import org.fugong.export.ExportParams;
import org.fugong.export.ExportQuery;
import org.fugong.export.ListExport;
import org.fugong.export.ListExport.Audience;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.stereotype.Component;

/**
 * The appeals as a sheet, under the list's filters ({@code state, type, town,
 * assignee, overdue, dueToday, sort}) and scope ({@link AppealQueries#where}):
 * an official's of the jurisdiction, an enterprise's of its own. The sheet has
 * no content and no internal-notes column at all, for anyone: what an
 * enterprise exports can never carry what officials wrote among themselves.
 */
@Component
class AppealExport extends ListExport {

	private static final List<ExportColumn> COLUMNS = List.of(ExportColumn.number("export.col.id"),
			ExportColumn.code("export.col.appealType", "appeal.type.", 14), ExportColumn.text("export.col.subject", 30),
			ExportColumn.code("export.col.state", "appeal.state.", 10), ExportColumn.text("export.col.enterprise", 30),
			ExportColumn.text("export.col.town", 14), ExportColumn.text("export.col.assignee", 12),
			ExportColumn.dateTime("export.col.receivedAt"), ExportColumn.dateTime("export.col.dueAt"),
			ExportColumn.yesNo("export.col.overdue"), ExportColumn.dateTime("export.col.resolvedAt"),
			ExportColumn.dateTime("export.col.closedAt"), ExportColumn.number("export.col.satisfaction"));

	AppealExport() {
		super("appeals", "export.title.appeals", Audience.OFFICIALS_AND_ENTERPRISES, COLUMNS);
	}

	@Override
	public ExportQuery query(CurrentUser user, ExportParams params) {
		AppealFilter filter = new AppealFilter(params.choice("state", AppealState.class),
				params.choice("type", AppealType.class), params.text("town"), params.text("assignee"),
				params.flag("overdue"), params.flag("dueToday"), params.oneOf("sort", List.of("due", "received", "name")));
		AppealQueries.Scope scope;
		if (user.is(Role.ENTERPRISE)) {
			scope = new AppealQueries.Scope(user.requireEnterpriseId(), null, null, null);
		}
		else {
			Jurisdiction jurisdiction = user.jurisdiction();
			scope = new AppealQueries.Scope(null, jurisdiction.districtCode(), jurisdiction.townCode(),
					user.getUsername());
		}
		Instant now = Instant.now();
		MapSqlParameterSource named = new MapSqlParameterSource("now", Timestamp.from(now));
		ParsedSql parsed = NamedParameterUtils.parseSqlStatement(
				"FROM appeal a JOIN region t ON t.code = a.town_code" + AppealQueries.where(scope, filter, named, now));
		String from = NamedParameterUtils.substituteNamedParameters(parsed, named);
		Object[] args = NamedParameterUtils.buildValueArray(parsed, named, null);
		String order = switch ((filter.sort() != null) ? filter.sort() : "due") {
			case "received" -> "a.received_at DESC, a.id DESC";
			case "name" -> "a.enterprise_name, a.id";
			default -> "a.due_at ASC NULLS LAST, a.received_at DESC, a.id";
		};
		return ExportQuery.sql("""
				a.id, a.type, a.subject, a.state, a.enterprise_name, t.name AS town, a.assignee, a.received_at, a.due_at,
				(a.due_at IS NOT NULL AND a.due_at < now()) AS overdue, a.resolved_at, a.closed_at, a.satisfaction""",
				from, order, Arrays.asList(args), (rs) -> {
					int satisfaction = rs.getInt("satisfaction");
					Integer rated = rs.wasNull() ? null : satisfaction;
					return new Object[] { rs.getLong("id"), rs.getString("type"), rs.getString("subject"),
							rs.getString("state"), rs.getString("enterprise_name"), rs.getString("town"),
							rs.getString("assignee"), instant(rs.getTimestamp("received_at")),
							instant(rs.getTimestamp("due_at")), rs.getBoolean("overdue"),
							instant(rs.getTimestamp("resolved_at")), instant(rs.getTimestamp("closed_at")), rated };
				});
	}

}
