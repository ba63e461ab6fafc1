package org.fugong.enterprise;

import java.util.List;

import org.fugong.common.Masking;
import org.fugong.export.ExportColumn;
import org.fugong.export.ExportParams;
import org.fugong.export.ExportQuery;
import org.fugong.export.ListExport;
import org.fugong.export.ListExport.Audience;
import org.fugong.export.SqlWhere;
import org.fugong.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The officials' enterprise list as a sheet: the same scope and search
 * ({@link EnterpriseSearch}) as the page; the contact's
 * phone masked as on screen.
 */
@Component
class EnterpriseExport extends ListExport {

	private static final List<ExportColumn> COLUMNS = List.of(ExportColumn.text("export.col.enterprise", 30),
			ExportColumn.text("export.col.creditCode", 20), ExportColumn.text("export.col.district", 10),
			ExportColumn.text("export.col.town", 14), ExportColumn.code("export.col.industry", "industry.", 16),
			ExportColumn.number("export.col.staffCount"), ExportColumn.yesNo("export.col.aboveDesignatedSize"),
			ExportColumn.yesNo("export.col.foreignInvested"), ExportColumn.text("export.col.contact", 10),
			ExportColumn.text("export.col.contactPhone", 14), ExportColumn.text("export.col.address", 30),
			ExportColumn.dateTime("export.col.registeredAt"));

	EnterpriseExport() {
		super("enterprises", "export.title.enterprises", Audience.OFFICIALS, COLUMNS);
	}

	@Override
	public ExportQuery query(CurrentUser user, ExportParams params) {
		SqlWhere where = EnterpriseSearch.of(params).where(user.jurisdiction());
		return ExportQuery.sql("""
				e.name, e.credit_code, d.name AS district, t.name AS town, e.industry, e.staff_count,
				e.above_designated_size, e.foreign_invested, e.contact_name, e.contact_phone, e.address, e.registered_at""",
				"""
						FROM enterprise e
						JOIN region d ON d.code = e.district_code
						JOIN region t ON t.code = e.town_code""" + where.sql(), "e.name, e.id", where.args(),
				(rs) -> new Object[] { rs.getString("name"), rs.getString("credit_code"), rs.getString("district"),
						rs.getString("town"), rs.getString("industry"), rs.getInt("staff_count"),
						rs.getBoolean("above_designated_size"), rs.getBoolean("foreign_invested"),
						rs.getString("contact_name"), Masking.phone(rs.getString("contact_phone")),
						rs.getString("address"), rs.getTimestamp("registered_at").toInstant() });
	}

}
