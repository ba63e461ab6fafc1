package org.fugong.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fugong.common.TimeFormat;
import org.fugong.export.ExportColumn;
import org.fugong.export.ExportParams;
import org.fugong.export.ExportQuery;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.stereotype.Component;

/**
 * The daily reports as a sheet: an official's are those of the feedback page
 * ({@code date}, or {@code from..to}, default today; {@code region}); an
 * enterprise's are all of its own.
 */
@Component
class DailyReportExport implements org.fugong.export.ExportSource {

	static final String SELECT = """
			d.enterprise_id, e.name AS enterprise, e.credit_code, t.name AS town, d.report_date, d.staff_on_site,
			d.capacity_percent, d.antigen_tested, d.pcr_sampled, d.abnormal, d.problems, d.updated_at""";

	static final String ORDER = "d.report_date DESC, t.sort_order, e.name, e.id";

	private static final List<ExportColumn> COLUMNS = List.of(ExportColumn.date("export.col.reportDate"),
			ExportColumn.text("export.col.enterprise", 30), ExportColumn.text("export.col.creditCode", 20),
			ExportColumn.text("export.col.town", 14), ExportColumn.number("export.col.staffOnSite"),
			ExportColumn.number("export.col.capacityPercent"), ExportColumn.number("export.col.antigenTested"),
			ExportColumn.number("export.col.pcrSampled"), ExportColumn.number("export.col.abnormal"),
			ExportColumn.text("export.col.problems", 40), ExportColumn.dateTime("export.col.updatedAt"));

	private final StatsService stats;

	DailyReportExport(StatsService stats) {
		this.stats = stats;
	}

	static String from(StatsFilter scope, LocalDate from, LocalDate to, List<Object> args) {
		StringBuilder sql = new StringBuilder("""
				FROM daily_report d
				JOIN enterprise_directory e ON e.id = d.enterprise_id
				JOIN region t ON t.code = e.town_code
				WHERE d.report_date BETWEEN ? AND ?""");
		args.add(Date.valueOf(from));
		args.add(Date.valueOf(to));
		if (scope.districtCode() != null) {
			sql.append(" AND e.district_code = ?");
			args.add(scope.districtCode());
		}
		if (scope.townCode() != null) {
			sql.append(" AND e.town_code = ?");
			args.add(scope.townCode());
		}
		return sql.toString();
	}

	@Override
	public String list() {
		return "daily-reports";
	}

	@Override
	public String titleKey() {
		return "export.title.dailyReports";
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
		List<Object> args = new ArrayList<>();
		String from;
		if (user.is(Role.ENTERPRISE)) {
			from = """
					FROM daily_report d
					JOIN enterprise_directory e ON e.id = d.enterprise_id
					JOIN region t ON t.code = e.town_code
					WHERE d.enterprise_id = ?""";
			args.add(user.requireEnterpriseId());
		}
		else {
			LocalDate date = params.date("date");
			LocalDate first = (date != null) ? date : params.date("from");
			LocalDate last = (date != null) ? date : params.date("to");
			LocalDate end = (last != null) ? last : TimeFormat.today();
			LocalDate start = (first != null) ? first : end;
			StatsFilter scope = this.stats.filter(user, params.text("region"), start, end);
			from = from(scope, start, end, args);
		}
		return ExportQuery.sql(SELECT, from, ORDER, args,
				(rs) -> new Object[] { rs.getObject("report_date", LocalDate.class), rs.getString("enterprise"),
						rs.getString("credit_code"), rs.getString("town"), rs.getInt("staff_on_site"),
						rs.getInt("capacity_percent"), rs.getInt("antigen_tested"), rs.getInt("pcr_sampled"),
						rs.getInt("abnormal"), rs.getString("problems"), rs.getTimestamp("updated_at").toInstant() });
	}

}
