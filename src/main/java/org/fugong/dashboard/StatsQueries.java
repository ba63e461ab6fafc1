package org.fugong.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;
import org.fugong.dashboard.Overview.DayRate;
import org.fugong.dashboard.Overview.GroupRate;
import org.fugong.dashboard.Overview.LevelRate;
import org.fugong.whitelist.WhitelistFigures;
import org.fugong.workforce.WorkforceFigures;

import org.springframework.stereotype.Component;

/**
 * The resumption rate, composed from the figures its owners answer for: the
 * whitelisted enterprises of a scope ({@link WhitelistFigures}) and which of
 * them reported staff on site ({@link WorkforceFigures}), broken down by level,
 * kind, industry and town.
 */
@Component
@RequiredArgsConstructor
class StatsQueries {

	private static final String[] LEVELS = { "CITY", "DISTRICT", "TOWN" };

	private final WhitelistFigures whitelist;

	private final WorkforceFigures workforce;

	Overview.Resumption resumption(StatsFilter filter, Map<String, String> townNames) {
		LocalDate day = filter.to();
		long[] overall = new long[2];
		long[] above = new long[2];
		long[] foreign = new long[2];
		Map<String, long[]> levels = new LinkedHashMap<>();
		for (String level : LEVELS) {
			levels.put(level, new long[2]);
		}
		Map<String, long[]> industries = new TreeMap<>();
		Map<String, long[]> towns = new TreeMap<>();
		List<WhitelistFigures.Listed> listed = this.whitelist.listed(filter.scope());
		List<Long> ids = listed.stream().map(WhitelistFigures.Listed::enterpriseId).toList();
		Set<Long> onSite = this.workforce.onSite(day, ids);
		for (WhitelistFigures.Listed enterprise : listed) {
			int resumed = onSite.contains(enterprise.enterpriseId()) ? 1 : 0;
			add(overall, resumed);
			if (enterprise.aboveDesignatedSize()) {
				add(above, resumed);
			}
			if (enterprise.foreignInvested()) {
				add(foreign, resumed);
			}
			for (String level : enterprise.levels()) {
				add(levels.computeIfAbsent(level, (k) -> new long[2]), resumed);
			}
			add(industries.computeIfAbsent(enterprise.industry(), (k) -> new long[2]), resumed);
			add(towns.computeIfAbsent(enterprise.townCode(), (k) -> new long[2]), resumed);
		}
		List<LevelRate> byLevel = new ArrayList<>();
		levels.forEach((level, n) -> byLevel.add(new LevelRate(level, n[0], n[1], Rate.fraction(n[1], n[0]))));
		List<GroupRate> byIndustry = new ArrayList<>();
		industries.forEach((code, n) -> byIndustry.add(new GroupRate(code, null, n[0], n[1], Rate.fraction(n[1], n[0]))));
		List<GroupRate> byTown = new ArrayList<>();
		towns.forEach((code, n) -> byTown
			.add(new GroupRate(code, townNames.getOrDefault(code, code), n[0], n[1], Rate.fraction(n[1], n[0]))));
		Map<LocalDate, Long> resumedByDay = this.workforce.onSitePerDay(filter.from(), day, ids);
		List<DayRate> trend = new ArrayList<>();
		for (LocalDate d = filter.from(); !d.isAfter(day); d = d.plusDays(1)) {
			long resumed = resumedByDay.getOrDefault(d, 0L);
			trend.add(new DayRate(d, overall[0], resumed, Rate.fraction(resumed, overall[0])));
		}
		return new Overview.Resumption(day, Rate.of(overall[0], overall[1]), byLevel, Rate.of(above[0], above[1]),
				Rate.of(foreign[0], foreign[1]), byIndustry, byTown, trend);
	}

	private static void add(long[] counts, int resumed) {
		counts[0]++;
		counts[1] += resumed;
	}

}
