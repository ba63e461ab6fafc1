package org.fugong.pass;

import java.time.Instant;
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
 * Passes as a sheet, under the filters of {@code GET /passes} ({@code type,
 * status, expiringSoon, q, employeeId}) and the same {@link PassScope} as the list: an official's of the jurisdiction, an
 * enterprise's of its own. The holder appears masked, as on an official's screen.
 */
@Component
class PassExport extends ListExport {

	private static final List<ExportColumn> COLUMNS = List.of(ExportColumn.number("export.col.id"),
			ExportColumn.code("export.col.passType", "pass.type.", 12), ExportColumn.text("export.col.holder", 14),
			ExportColumn.text("export.col.department", 14), ExportColumn.text("export.col.enterprise", 30),
			ExportColumn.text("export.col.town", 14), ExportColumn.code("export.col.scope", "vehicle.scope.", 10),
			ExportColumn.code("export.col.status", "pass.status.", 8), ExportColumn.dateTime("export.col.validFrom"),
			ExportColumn.dateTime("export.col.validTo"), ExportColumn.dateTime("export.col.issuedAt"));

	PassExport() {
		super("passes", "export.title.passes", Audience.OFFICIALS_AND_ENTERPRISES, COLUMNS);
	}

	@Override
	public ExportQuery query(CurrentUser user, ExportParams params) {
		SqlWhere where = PassScope.of(user, PassScope.query(params), Instant.now()).where();
		return ExportQuery.sql("""
				p.id, p.type, p.holder_masked, p.department, e.name AS enterprise, t.name AS town, p.scope,
				CASE WHEN p.status = 'ACTIVE' AND p.valid_to <= now() THEN 'EXPIRED' ELSE p.status END AS shown_status,
				p.valid_from, p.valid_to, p.issued_at""", """
				FROM pass p JOIN enterprise_directory e ON e.id = p.enterprise_id JOIN region t ON t.code = p.town_code"""
				+ where.sql(), "p.issued_at DESC, p.id DESC", where.args(),
				(rs) -> new Object[] { rs.getLong("id"), rs.getString("type"), rs.getString("holder_masked"),
						rs.getString("department"), rs.getString("enterprise"), rs.getString("town"),
						rs.getString("scope"), rs.getString("shown_status"), rs.getTimestamp("valid_from").toInstant(),
						rs.getTimestamp("valid_to").toInstant(), rs.getTimestamp("issued_at").toInstant() });
	}

}
