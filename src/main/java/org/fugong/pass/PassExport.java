package org.fugong.pass;

import java.sql.Timestamp;
import java.time.Duration;
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
 * Passes as a sheet, under the filters of {@code GET /passes} ({@code type,
 * status, expiringSoon, q, employeeId}): an official's of the jurisdiction, an
 * enterprise's of its own. The holder appears masked, as on an official's screen.
 */
@Component
class PassExport implements ExportSource {

	private static final List<ExportColumn> COLUMNS = List.of(ExportColumn.number("export.col.id"),
			ExportColumn.code("export.col.passType", "pass.type.", 12), ExportColumn.text("export.col.holder", 14),
			ExportColumn.text("export.col.department", 14), ExportColumn.text("export.col.enterprise", 30),
			ExportColumn.text("export.col.town", 14), ExportColumn.code("export.col.scope", "vehicle.scope.", 10),
			ExportColumn.code("export.col.status", "pass.status.", 8), ExportColumn.dateTime("export.col.validFrom"),
			ExportColumn.dateTime("export.col.validTo"), ExportColumn.dateTime("export.col.issuedAt"));

	@Override
	public String list() {
		return "passes";
	}

	@Override
	public String titleKey() {
		return "export.title.passes";
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
		PassType type = params.choice("type", PassType.class);
		PassStatus status = params.choice("status", PassStatus.class);
		boolean expiringSoon = params.flag("expiringSoon");
		String q = params.text("q");
		Long employeeId = params.number("employeeId");
		Instant now = Instant.now();
		StringBuilder from = new StringBuilder("""
				FROM pass p JOIN enterprise_directory e ON e.id = p.enterprise_id JOIN region t ON t.code = p.town_code WHERE true""");
		List<Object> args = new ArrayList<>();
		if (user.isOfficial()) {
			Jurisdiction scope = user.jurisdiction();
			if (scope.districtCode() != null) {
				from.append(" AND p.district_code = ?");
				args.add(scope.districtCode());
			}
			if (scope.townCode() != null) {
				from.append(" AND p.town_code = ?");
				args.add(scope.townCode());
			}
		}
		else {
			from.append(" AND p.enterprise_id = ?");
			args.add(user.requireEnterpriseId());
		}
		if (type != null) {
			from.append(" AND p.type = ?");
			args.add(type.name());
		}
		if (employeeId != null) {
			from.append(" AND p.employee_id = ?");
			args.add(employeeId);
		}
		if (status != null) {
			switch (status) {
				case ACTIVE -> {
					from.append(" AND p.status = 'ACTIVE' AND p.valid_to > ?");
					args.add(Timestamp.from(now));
				}
				case EXPIRED -> {
					from.append(" AND p.status = 'ACTIVE' AND p.valid_to <= ?");
					args.add(Timestamp.from(now));
				}
				case REVOKED -> from.append(" AND p.status = 'REVOKED'");
			}
		}
		if (expiringSoon) {
			from.append(" AND p.status = 'ACTIVE' AND p.valid_to > ? AND p.valid_to <= ?");
			args.add(Timestamp.from(now));
			args.add(Timestamp.from(now.plus(Duration.ofDays(3))));
		}
		if (q != null) {
			from.append(" AND (p.holder_name LIKE ? OR p.department LIKE ? OR p.short_code = ?)");
			args.add("%" + q + "%");
			args.add("%" + q + "%");
			args.add(q.toUpperCase());
		}
		return ExportQuery.sql("""
				p.id, p.type, p.holder_masked, p.department, e.name AS enterprise, t.name AS town, p.scope,
				CASE WHEN p.status = 'ACTIVE' AND p.valid_to <= now() THEN 'EXPIRED' ELSE p.status END AS shown_status,
				p.valid_from, p.valid_to, p.issued_at""", from.toString(), "p.issued_at DESC, p.id DESC", args,
				(rs) -> new Object[] { rs.getLong("id"), rs.getString("type"), rs.getString("holder_masked"),
						rs.getString("department"), rs.getString("enterprise"), rs.getString("town"),
						rs.getString("scope"), rs.getString("shown_status"), rs.getTimestamp("valid_from").toInstant(),
						rs.getTimestamp("valid_to").toInstant(), rs.getTimestamp("issued_at").toInstant() });
	}

}
