package org.fugong.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.fugong.common.TimeFormat;
import org.fugong.export.ExportColumn;
import org.fugong.export.ExportParams;
import org.fugong.export.ExportQuery;
import org.fugong.export.ListExport;
import org.fugong.export.ListExport.Audience;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;
import org.fugong.workforce.DailyReportList;

import org.springframework.stereotype.Component;

/**
 * The daily reports as a sheet: an official's are those of the feedback page
 * ({@code date}, or {@code from..to}, default today; {@code region}); an
 * enterprise's are all of its own. The rows are the workforce's ({@link DailyReportList}).
 */
@Component
class DailyReportExport extends ListExport {

	private static final List<ExportColumn> COLUMNS = List.of(ExportColumn.date("export.col.reportDate"),
			ExportColumn.text("export.col.enterprise", 30), ExportColumn.text("export.col.creditCode", 20),
			ExportColumn.text("export.col.town", 14), ExportColumn.number("export.col.staffOnSite"),
			ExportColumn.number("export.col.capacityPercent"), ExportColumn.number("export.col.antigenTested"),
			ExportColumn.number("export.col.pcrSampled"), ExportColumn.number("export.col.abnormal"),
			ExportColumn.text("export.col.problems", 40), ExportColumn.dateTime("export.col.updatedAt"));

	private final StatsService stats;

	private final DailyReportList reports;

	DailyReportExport(StatsService stats, DailyReportList reports) {
		super("daily-reports", "export.title.dailyReports", Audience.OFFICIALS_AND_ENTERPRISES, COLUMNS);
		this.stats = stats;
		this.reports = reports;
	}

	@Override
	public ExportQuery query(CurrentUser user, ExportParams params) {
		if (user.is(Role.ENTERPRISE)) {
			return this.reports.export(user.requireEnterpriseId());
		}
		LocalDate date = params.date("date");
		LocalDate first = (date != null) ? date : params.date("from");
		LocalDate last = (date != null) ? date : params.date("to");
		LocalDate end = (last != null) ? last : TimeFormat.today();
		LocalDate start = (first != null) ? first : end;
		StatsFilter scope = this.stats.filter(user, params.text("region"), start, end);
		return this.reports.export(scope.scope(), start, end);
	}

}
