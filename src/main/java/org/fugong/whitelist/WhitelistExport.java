package org.fugong.whitelist;

import java.util.List;

import org.fugong.export.ExportColumn;
import org.fugong.export.ExportParams;
import org.fugong.export.ExportQuery;
import org.fugong.export.ListExport;
import org.fugong.export.ListExport.Audience;
import org.fugong.export.SqlWhere;
import org.fugong.security.CurrentUser;

import org.springframework.stereotype.Component;

/** The whitelist page's list as a sheet: the same filters and scope as the page, by {@link WhitelistQuery}. */
@Component
class WhitelistExport extends ListExport {

	private static final List<ExportColumn> COLUMNS = List.of(ExportColumn.text("export.col.enterprise", 30),
			ExportColumn.text("export.col.creditCode", 20), ExportColumn.text("export.col.district", 10),
			ExportColumn.text("export.col.town", 14), ExportColumn.code("export.col.level", "whitelist.level.", 14),
			ExportColumn.text("export.col.batch", 14), ExportColumn.code("export.col.status", "whitelist.status.", 8),
			ExportColumn.code("export.col.source", "whitelist.source.", 10), ExportColumn.dateTime("export.col.since"),
			ExportColumn.text("export.col.reason", 30));

	WhitelistExport() {
		super("whitelist", "export.title.whitelist", Audience.OFFICIALS, COLUMNS);
	}

	@Override
	public ExportQuery query(CurrentUser user, ExportParams params) {
		SqlWhere where = WhitelistQuery.of(params).where(user.jurisdiction());
		return ExportQuery.sql("""
				w.enterprise_name, w.credit_code, d.name AS district, t.name AS town, w.level, w.batch, w.status,
				w.source, w.since, w.reason""", """
				FROM whitelist_entry w
				JOIN region d ON d.code = w.district_code
				JOIN region t ON t.code = w.town_code""" + where.sql(), "w.since DESC, w.id DESC", where.args(),
				(rs) -> new Object[] { rs.getString("enterprise_name"), rs.getString("credit_code"),
						rs.getString("district"), rs.getString("town"), rs.getString("level"), rs.getString("batch"),
						rs.getString("status"), rs.getString("source"), rs.getTimestamp("since").toInstant(),
						rs.getString("reason") });
	}

}
