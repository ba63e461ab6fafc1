package org.fugong.inspection;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.NotFoundException;
import org.fugong.inspection.teams.TeamService;
import org.fugong.region.RegionLevel;
import org.fugong.region.RegionService;
import org.fugong.region.RegionView;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection figures, counted in the database by grid zone, team, day and in
 * total, for a region within the caller's jurisdiction (a region outside it is
 * "not found"). The evening meeting (例会) reads one day of them.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FiguresQuery {

	private final JdbcTemplate jdbc;

	private final RegionService regions;

	private final TeamService teams;

	/** The figures of a region (null: the caller's whole jurisdiction) from one day to another (null: open). */
	@Transactional(readOnly = true)
	public InspectionFigures figures(CurrentUser official, String region, LocalDate from, LocalDate to) {
		String code = resolve(official, region);
		return figures(code, from, to, LocaleContextHolder.getLocale());
	}

	/** The same for any region, for features acting on behalf of the system (dashboards check the caller). */
	@Transactional(readOnly = true)
	public InspectionFigures figures(String region, LocalDate from, LocalDate to) {
		return figures(region, from, to, Locale.SIMPLIFIED_CHINESE);
	}

	private InspectionFigures figures(String region, LocalDate from, LocalDate to, Locale locale) {
		Filter filter = filter(region);
		Map<String, Counter> zones = count(Grouping.ZONE, filter, from, to);
		Map<String, Counter> teamRows = count(Grouping.TEAM, filter, from, to);
		Map<String, Counter> days = count(Grouping.DAY, filter, from, to);
		Counter total = count(Grouping.TOTAL, filter, from, to).getOrDefault("all", new Counter());
		Map<String, String> teamNames = new LinkedHashMap<>();
		this.teams.namesOf(teamRows.keySet().stream().filter((k) -> !k.equals("-")).map(Long::valueOf).toList())
			.forEach((id, name) -> teamNames.put(String.valueOf(id), name));
		return new InspectionFigures(region, from, to, total.counts(),
				rows(zones, (k) -> k.equals("-") ? null : this.regions.nameOf(k, locale)),
				rows(teamRows, (k) -> teamNames.get(k)), rows(days, (k) -> k));
	}

	private static List<InspectionFigures.Row> rows(Map<String, Counter> counters,
			java.util.function.Function<String, String> label) {
		List<InspectionFigures.Row> rows = new ArrayList<>();
		counters.forEach((key, counter) -> rows.add(new InspectionFigures.Row(key, label.apply(key), counter.counts())));
		return rows;
	}

	/** The region asked for, which must lie in the caller's jurisdiction; none: the jurisdiction itself. */
	String resolve(CurrentUser official, String region) {
		Jurisdiction scope = official.jurisdiction();
		if (region == null || region.isBlank()) {
			if (scope.townCode() != null) {
				return scope.townCode();
			}
			return (scope.districtCode() != null) ? scope.districtCode() : null;
		}
		RegionView view = this.regions.find(region.trim()).orElseThrow(() -> new NotFoundException("region"));
		String own = (scope.townCode() != null) ? scope.townCode() : scope.districtCode();
		if (own != null && !this.regions.isWithin(view.code(), own)) {
			throw new NotFoundException("region");
		}
		return view.code();
	}

	private Filter filter(String region) {
		if (region == null) {
			return new Filter("TRUE", null);
		}
		RegionLevel level = this.regions.find(region).map(RegionView::level).orElse(RegionLevel.CITY);
		return switch (level) {
			case CITY -> new Filter("TRUE", null);
			case DISTRICT -> new Filter("%s.district_code = ?", region);
			case TOWN -> new Filter("%s.town_code = ?", region);
			case GRID -> new Filter("%s.grid_code = ?", region);
		};
	}

	private record Filter(String where, String code) {

		String on(String alias) {
			return this.where.contains("%s") ? this.where.formatted(alias) : this.where;
		}

		void bind(List<Object> args) {
			if (this.code != null) {
				args.add(this.code);
			}
		}

	}

	private enum Grouping {

		TOTAL("'all'", "'all'", "'all'", "'all'", "'all'"),
		ZONE("coalesce(i.grid_code, '-')", "coalesce(n.grid_code, '-')", "coalesce(s.grid_code, '-')",
				"coalesce(s.grid_code, '-')", "coalesce(i.grid_code, '-')"),
		TEAM("coalesce(i.team_id::text, '-')", "coalesce(n.team_id::text, '-')", "coalesce(n.team_id::text, '-')",
				"coalesce(n.team_id::text, '-')", "coalesce(i.team_id::text, '-')"),
		DAY("i.inspected_on::text", "n.issued_on::text", "s.ordered_on::text", "s.lifted_on::text",
				"i.inspected_on::text");

		final String inspection;

		final String notice;

		final String ordered;

		final String lifted;

		final String failure;

		Grouping(String inspection, String notice, String ordered, String lifted, String failure) {
			this.inspection = inspection;
			this.notice = notice;
			this.ordered = ordered;
			this.lifted = lifted;
			this.failure = failure;
		}

	}

	private Map<String, Counter> count(Grouping grouping, Filter filter, LocalDate from, LocalDate to) {
		Map<String, Counter> counters = new TreeMap<>();
		query("SELECT " + grouping.inspection + " AS k, count(DISTINCT i.enterprise_id), count(*) FROM inspection i"
				+ " WHERE " + filter.on("i") + period("i.inspected_on", from, to) + " GROUP BY 1", filter, from, to,
				(rs) -> {
					Counter c = counters.computeIfAbsent(rs.getString(1), (k) -> new Counter());
					c.inspected = rs.getLong(2);
					c.inspections = rs.getLong(3);
				});
		query("SELECT " + grouping.failure + " AS k, r.aspect, count(*) FROM inspection i"
				+ " JOIN inspection_result r ON r.inspection_id = i.id AND NOT r.passed"
				+ " WHERE " + filter.on("i") + period("i.inspected_on", from, to) + " GROUP BY 1, 2", filter, from,
				to, (rs) -> counters.computeIfAbsent(rs.getString(1), (k) -> new Counter()).failed
					.put(Aspect.valueOf(rs.getString(2)), rs.getLong(3)));
		query("SELECT " + grouping.notice + " AS k, count(*),"
				+ " count(*) FILTER (WHERE n.answered_at <= n.due_at),"
				+ " count(*) FILTER (WHERE n.closed_at IS NOT NULL),"
				+ " count(*) FILTER (WHERE n.overdue_at IS NOT NULL)"
				+ " FROM rectification_notice n WHERE " + filter.on("n") + period("n.issued_on", from, to)
				+ " GROUP BY 1", filter, from, to, (rs) -> {
					Counter c = counters.computeIfAbsent(rs.getString(1), (k) -> new Counter());
					c.notices = rs.getLong(2);
					c.answeredInTime = rs.getLong(3);
					c.closed = rs.getLong(4);
					c.overdue = rs.getLong(5);
				});
		query("SELECT " + grouping.ordered + " AS k, count(*) FROM production_stop s"
				+ " JOIN rectification_notice n ON n.id = s.notice_id WHERE " + filter.on("s")
				+ period("s.ordered_on", from, to) + " GROUP BY 1", filter, from, to,
				(rs) -> counters.computeIfAbsent(rs.getString(1), (k) -> new Counter()).stops = rs.getLong(2));
		query("SELECT " + grouping.lifted + " AS k, count(*) FROM production_stop s"
				+ " JOIN rectification_notice n ON n.id = s.notice_id WHERE s.lifted_on IS NOT NULL AND "
				+ filter.on("s") + period("s.lifted_on", from, to) + " GROUP BY 1", filter, from, to,
				(rs) -> counters.computeIfAbsent(rs.getString(1), (k) -> new Counter()).lifted = rs.getLong(2));
		return counters;
	}

	private static String period(String column, LocalDate from, LocalDate to) {
		return ((from != null) ? " AND " + column + " >= ?" : "") + ((to != null) ? " AND " + column + " <= ?" : "");
	}

	private void query(String sql, Filter filter, LocalDate from, LocalDate to, RowAction action) {
		List<Object> args = new ArrayList<>();
		filter.bind(args);
		if (from != null) {
			args.add(Date.valueOf(from));
		}
		if (to != null) {
			args.add(Date.valueOf(to));
		}
		this.jdbc.query(sql, (rs) -> {
			action.accept(rs);
		}, args.toArray());
	}

	@FunctionalInterface
	private interface RowAction {

		void accept(java.sql.ResultSet rs) throws java.sql.SQLException;

	}

	private static final class Counter {

		long inspected;

		long inspections;

		final Map<Aspect, Long> failed = new EnumMap<>(Aspect.class);

		long notices;

		long answeredInTime;

		long closed;

		long overdue;

		long stops;

		long lifted;

		InspectionFigures.Counts counts() {
			return new InspectionFigures.Counts(this.inspected, this.inspections, Map.copyOf(this.failed),
					this.notices, this.answeredInTime, this.closed, this.overdue, this.stops, this.lifted);
		}

	}

}
