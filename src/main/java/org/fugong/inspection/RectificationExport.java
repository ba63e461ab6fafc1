package org.fugong.inspection;

import java.util.List;

import org.fugong.export.ExportColumn;
import org.fugong.export.ExportParams;
import org.fugong.export.ExportQuery;
import org.fugong.export.ListExport;
import org.fugong.export.ListExport.Audience;
import org.fugong.export.SqlWhere;
import org.fugong.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The rectification notices as a sheet, under the list's filters ({@code state,
 * zone, team}) and scope (as {@code NoticeRepository.search}): an official's
 * of the jurisdiction, an enterprise's of its own; newest first.
 */
@Component
class RectificationExport extends ListExport {

	private static final List<ExportColumn> COLUMNS = List.of(ExportColumn.text("export.col.noticeNumber", 24),
			ExportColumn.text("export.col.enterprise", 30), ExportColumn.text("export.col.town", 14),
			ExportColumn.text("export.col.grid", 16), ExportColumn.code("export.col.state", "inspection.state.", 10),
			ExportColumn.dateTime("export.col.issuedAt"), ExportColumn.dateTime("export.col.dueAt"),
			ExportColumn.dateTime("export.col.answeredAt"), ExportColumn.dateTime("export.col.closedAt"));

	RectificationExport() {
		super("rectifications", "export.title.rectifications", Audience.OFFICIALS_AND_ENTERPRISES, COLUMNS);
	}

	@Override
	public ExportQuery query(CurrentUser user, ExportParams params) {
		NoticeState state = params.choice("state", NoticeState.class);
		String zone = params.text("zone");
		Long team = params.number("team");
		SqlWhere where = SqlWhere.forCaller(user, "n.enterprise_id", "n.district_code", "n.town_code")
			.equal("n.grid_code", zone)
			.equal("n.team_id", team)
			.equal("n.state", state);
		String from = """
				FROM rectification_notice n
				JOIN region t ON t.code = n.town_code
				LEFT JOIN region g ON g.code = n.grid_code""" + where.sql();
		return ExportQuery.sql("""
				n.number, n.enterprise_name, t.name AS town, g.name AS grid, n.state, n.issued_at, n.due_at, n.answered_at,
				n.closed_at""", from, "n.issued_at DESC, n.id DESC", where.args(),
				(rs) -> new Object[] { rs.getString("number"), rs.getString("enterprise_name"), rs.getString("town"),
						rs.getString("grid"), rs.getString("state"), instant(rs.getTimestamp("issued_at")),
						instant(rs.getTimestamp("due_at")), instant(rs.getTimestamp("answered_at")),
						instant(rs.getTimestamp("closed_at")) });
	}

}
