package org.fugong.inspection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fugong.export.ExportColumn;
import org.fugong.export.ExportParams;
import org.fugong.export.ExportQuery;
import org.fugong.export.ExportSource;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;

import org.springframework.stereotype.Component;

/**
 * The rectification notices as a sheet, under the list's filters ({@code state,
 * zone, team}) and scope (as {@code NoticeRepository.search}): an official's
 * of the jurisdiction, an enterprise's of its own; newest first.
 */
@Component
class RectificationExport implements ExportSource {

	private static final List<ExportColumn> COLUMNS = List.of(ExportColumn.text("export.col.noticeNumber", 24),
			ExportColumn.text("export.col.enterprise", 30), ExportColumn.text("export.col.town", 14),
			ExportColumn.text("export.col.grid", 16), ExportColumn.code("export.col.state", "inspection.state.", 10),
			ExportColumn.dateTime("export.col.issuedAt"), ExportColumn.dateTime("export.col.dueAt"),
			ExportColumn.dateTime("export.col.answeredAt"), ExportColumn.dateTime("export.col.closedAt"));

	@Override
	public String list() {
		return "rectifications";
	}

	@Override
	public String titleKey() {
		return "export.title.rectifications";
	}

	@Override
	public List<ExportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public boolean allows(CurrentUser user) {
		return user.isOfficial() || user.is(Role.ENTERPRISE);
	}

	@Override
	public ExportQuery query(CurrentUser user, ExportParams params) {
		NoticeState state = params.choice("state", NoticeState.class);
		String zone = params.text("zone");
		Long team = params.number("team");
		StringBuilder from = new StringBuilder("""
				FROM rectification_notice n
				JOIN region t ON t.code = n.town_code
				LEFT JOIN region g ON g.code = n.grid_code
				WHERE true""");
		List<Object> args = new ArrayList<>();
		if (user.is(Role.ENTERPRISE)) {
			from.append(" AND n.enterprise_id = ?");
			args.add(user.requireEnterpriseId());
		}
		else {
			Jurisdiction scope = user.jurisdiction();
			if (scope.districtCode() != null) {
				from.append(" AND n.district_code = ?");
				args.add(scope.districtCode());
			}
			if (scope.townCode() != null) {
				from.append(" AND n.town_code = ?");
				args.add(scope.townCode());
			}
		}
		if (zone != null) {
			from.append(" AND n.grid_code = ?");
			args.add(zone);
		}
		if (team != null) {
			from.append(" AND n.team_id = ?");
			args.add(team);
		}
		if (state != null) {
			from.append(" AND n.state = ?");
			args.add(state.name());
		}
		return ExportQuery.sql("""
				n.number, n.enterprise_name, t.name AS town, g.name AS grid, n.state, n.issued_at, n.due_at, n.answered_at,
				n.closed_at""", from.toString(), "n.issued_at DESC, n.id DESC", args,
				(rs) -> new Object[] { rs.getString("number"), rs.getString("enterprise_name"), rs.getString("town"),
						rs.getString("grid"), rs.getString("state"), instant(rs.getTimestamp("issued_at")),
						instant(rs.getTimestamp("due_at")), instant(rs.getTimestamp("answered_at")),
						instant(rs.getTimestamp("closed_at")) });
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
