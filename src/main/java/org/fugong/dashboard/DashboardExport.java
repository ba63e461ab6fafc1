package org.fugong.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fugong.export.ExportColumn;
import org.fugong.export.ExportParams;
import org.fugong.export.ExportQuery;
import org.fugong.export.ListExport;
import org.fugong.export.ListExport.Audience;
import org.fugong.resumption.ResumptionFigures;
import org.fugong.security.CurrentUser;
import org.fugong.workforce.WorkforceFigures;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures as one sheet (section, figure, item, count, of, rate),
 * under the page's filters {@code region, from, to}: what an official pastes
 * into the report to the level above.
 */
@Component
class DashboardExport extends ListExport {

	private static final List<ExportColumn> COLUMNS = List.of(
			ExportColumn.code("export.col.section", "dashboard.section.", 12),
			ExportColumn.code("export.col.figure", "dashboard.fig.", 24), ExportColumn.code("export.col.item", "", 24),
			ExportColumn.decimal("export.col.value"), ExportColumn.number("export.col.of"),
			ExportColumn.percent("export.col.rate"));

	private final StatsService stats;

	DashboardExport(StatsService stats) {
		super("dashboard", "export.title.dashboard", Audience.OFFICIALS, COLUMNS);
		this.stats = stats;
	}

	@Override
	public ExportQuery query(CurrentUser user, ExportParams params) {
		Locale locale = LocaleContextHolder.getLocale();
		Overview o = this.stats.overview(user,
				this.stats.filter(user, params.text("region"), params.date("from"), params.date("to")), locale);
		List<Object[]> rows = new ArrayList<>();
		Overview.Resumption r = o.resumption();
		rows.add(row("resumption", "day", r.day().toString(), null, null, null));
		rate(rows, "overall", "", r.overall());
		r.byLevel().forEach((l) -> rows.add(row("resumption", "byLevel", "whitelist.level." + l.level(), l.resumed(),
				l.listed(), l.rate())));
		rate(rows, "aboveDesignatedSize", "", r.aboveDesignatedSize());
		rate(rows, "foreignInvested", "", r.foreignInvested());
		r.byIndustry().forEach((g) -> rows.add(row("resumption", "byIndustry", "industry." + g.code(), g.resumed(),
				g.listed(), g.rate())));
		r.byTown().forEach((g) -> rows.add(row("resumption", "byTown", g.name(), g.resumed(), g.listed(), g.rate())));
		r.trend().forEach((d) -> rows.add(row("resumption", "trend", d.date().toString(), d.resumed(), d.listed(),
				d.rate())));
		WorkforceFigures.Staff w = o.workforce();
		rows.add(row("workforce", "registered", "", w.registered(), null, null));
		rows.add(row("workforce", "onSite", "", w.onSite(), null, null));
		rows.add(row("workforce", "reports", "", w.reports(), null, null));
		rows.add(row("workforce", "antigenTested", "", w.antigenTested(), null, null));
		rows.add(row("workforce", "pcrTested", "", w.pcrTested(), null, null));
		rows.add(row("workforce", "coverage", "", w.tested(), w.registered(), w.coverage()));
		rows.add(row("workforce", "positives", "", w.positives(), null, null));
		w.capacity().forEach((b) -> rows.add(row("workforce", "capacity.short", b.range() + "%", b.enterprises(), null, null)));
		ResumptionFigures.Applications a = o.applications();
		rows.add(row("applications", "received", "", a.received(), null, null));
		a.byState().forEach((state, n) -> rows.add(row("applications", "byState", "application.state." + state, n, null,
				null)));
		rows.add(row("applications", "overdue", "", a.overdue(), null, null));
		rows.add(row("applications", "approved", "", a.approved(), null, null));
		rows.add(row("applications", "medianHours", "", a.medianHoursToApproval(), null, null));
		Overview.Passes p = o.passes();
		rows.add(row("passes", "workerIssued", "", p.workerIssued(), null, null));
		rows.add(row("passes", "vehicleIssued", "", p.vehicleIssued(), null, null));
		rows.add(row("passes", "workerActive", "", p.workerActive(), null, null));
		rows.add(row("passes", "vehicleActive", "", p.vehicleActive(), null, null));
		p.vehicleByScope().forEach((s) -> rows.add(row("passes", "vehicleByScope", "vehicle.scope." + s.scope(),
				s.passes(), s.enterprises(), null)));
		rows.add(row("passes", "scansValid", "", p.scansValid(), null, null));
		rows.add(row("passes", "scansRefused", "", p.scansRefused(), null, null));
		p.refusedByReason().forEach((c) -> rows.add(row("passes", "refusedByReason", "gate.reason." + c.reason(),
				c.count(), null, null)));
		rows.add(row("passes", "vehiclesInside", "", p.vehiclesInside(), null, null));
		section(rows, "appeals", o.appeals());
		section(rows, "inspections", o.inspections());
		return ExportQuery.rows(rows);
	}

	private static void rate(List<Object[]> rows, String figure, String item, Rate rate) {
		rows.add(row("resumption", figure, item, rate.resumed(), rate.listed(), rate.rate()));
	}

	private static void section(List<Object[]> rows, String section, Map<String, Object> figures) {
		if (figures != null) {
			figures.forEach((name, value) -> rows.add(name.endsWith("Rate")
					? row(section, section + "." + name, "", null, null, (Double) value)
					: row(section, section + "." + name, "", value, null, null)));
		}
	}

	private static Object[] row(String section, String figure, String item, Object value, Long of, Double rate) {
		return new Object[] { section, figure, item, value, of, rate };
	}

}
