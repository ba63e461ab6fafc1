package org.fugong.gate;

import java.time.LocalDate;
import java.util.List;

import org.fugong.common.TimeFormat;
import org.fugong.export.ExportColumn;
import org.fugong.export.ExportParams;
import org.fugong.export.ExportQuery;
import org.fugong.export.ListExport;
import org.fugong.export.ListExport.Audience;
import org.fugong.pass.PassType;
import org.fugong.pass.VerificationReason;
import org.fugong.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The scan log as a sheet, under the page's filters ({@code from, to} default
 * today, {@code checkpoint, verdict, reason, type, flagged, mismatched}) and its
 * scope ({@link ScanQueries#where}); holders masked as in the log.
 */
@Component
class ScanExport extends ListExport {

	private static final List<ExportColumn> COLUMNS = List.of(ExportColumn.dateTime("export.col.scannedAt"),
			ExportColumn.text("export.col.checkpoint", 20), ExportColumn.text("export.col.guard", 12),
			ExportColumn.code("export.col.direction", "gateadmin.direction.", 10),
			ExportColumn.code("export.col.verdict", "export.verdict.", 8),
			ExportColumn.code("export.col.reason", "gate.reason.", 22), ExportColumn.number("export.col.passId"),
			ExportColumn.code("export.col.passType", "pass.type.", 12), ExportColumn.text("export.col.holder", 14),
			ExportColumn.text("export.col.enterprise", 30), ExportColumn.yesNo("export.col.offline"),
			ExportColumn.text("export.col.flag", 14));

	ScanExport() {
		super("scans", "export.title.scans", Audience.OFFICIALS, COLUMNS);
	}

	@Override
	public ExportQuery query(CurrentUser user, ExportParams params) {
		LocalDate from = params.date("from");
		LocalDate to = params.date("to");
		LocalDate fromDay = (from != null) ? from : TimeFormat.today();
		if (to != null && to.isBefore(fromDay)) {
			fromDay = to;
		}
		LocalDate toDay = (to != null) ? to : TimeFormat.today();
		if (toDay.isBefore(fromDay)) {
			toDay = fromDay;
		}
		String verdict = params.oneOf("verdict", List.of("VALID", "INVALID"));
		VerificationReason reason = params.choice("reason", VerificationReason.class);
		PassType type = params.choice("type", PassType.class);
		ScanFilter filter = new ScanFilter(fromDay, toDay, params.number("checkpoint"), verdict,
				(reason != null) ? reason.name() : null, (type != null) ? type.name() : null, params.flag("flagged"),
				params.flag("mismatched"));
		ScanQueries.Where where = ScanQueries.where(user.jurisdiction(), filter);
		return ExportQuery.sql("""
				s.scanned_at, c.name AS checkpoint_name, s.guard, s.direction, s.verdict, s.reason, s.pass_id, s.pass_type,
				p.holder_masked, e.name AS enterprise_name, s.offline, s.flag""", """
				FROM gate_scan s
				JOIN checkpoint c ON c.id = s.checkpoint_id
				LEFT JOIN pass_holder p ON p.id = s.pass_id
				LEFT JOIN enterprise_directory e ON e.id = s.enterprise_id""" + where.sql(), "s.scanned_at DESC, s.id DESC",
				where.args(), (rs) -> {
					long passId = rs.getLong("pass_id");
					Long pass = rs.wasNull() ? null : passId;
					return new Object[] { rs.getTimestamp("scanned_at").toInstant(), rs.getString("checkpoint_name"),
							rs.getString("guard"), rs.getString("direction"), rs.getString("verdict"),
							rs.getString("reason"), pass, rs.getString("pass_type"),
							rs.getString("holder_masked"), rs.getString("enterprise_name"), rs.getBoolean("offline"),
							rs.getString("flag") };
				});
	}

}
