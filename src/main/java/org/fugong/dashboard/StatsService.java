package org.fugong.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.appeal.AppealFigures;
import org.fugong.appeal.AppealService;
import org.fugong.common.TimeFormat;
import org.fugong.gate.ScanFigures;
import org.fugong.pass.PassFigures;
import org.fugong.resumption.ResumptionFigures;
import org.fugong.inspection.FiguresQuery;
import org.fugong.inspection.InspectionFigures;
import org.fugong.region.RegionLevel;
import org.fugong.region.RegionService;
import org.fugong.region.RegionView;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.workforce.WorkforceFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officials' figures (反馈汇总 · 生产实时监测 · 复工率), scoped to their
 * jurisdiction and narrowed to a district or town of it: a region outside it is
 * not found (404), as another enterprise's record is.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StatsService {

	private final StatsQueries queries;

	private final RegionService regions;

	private final AppealService appeals;

	private final FiguresQuery inspections;

	private final ResumptionFigures applications;

	private final WorkforceFigures workforce;

	private final PassFigures passes;

	private final ScanFigures scans;

	private final Clock clock;

	/** The scope and days of a request; bad dates are a 400 naming the field. */
	public StatsFilter filter(CurrentUser official, String region, LocalDate from, LocalDate to) {
		Jurisdiction jurisdiction = official.jurisdiction();
		String district = jurisdiction.districtCode();
		String town = jurisdiction.townCode();
		String asked = (region == null || region.isBlank()) ? null : region.strip();
		if (asked != null) {
			RegionView view = this.regions.find(asked).orElseThrow(() -> new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("region", "dashboard.region.unknown"))));
			if (view.level() == RegionLevel.DISTRICT) {
				if ((district != null && !district.equals(asked)) || town != null) {
					throw new NotFoundException("region");
				}
				district = asked;
			}
			else if (view.level() == RegionLevel.TOWN) {
				String parent = view.parentCode();
				if ((district != null && !district.equals(parent)) || (town != null && !town.equals(asked))) {
					throw new NotFoundException("region");
				}
				district = parent;
				town = asked;
			}
			else {
				if (district != null || town != null) {
					throw new NotFoundException("region");
				}
			}
		}
		LocalDate today = TimeFormat.today();
		LocalDate end = (to != null) ? to : today;
		LocalDate start = (from != null) ? from : end.minusDays(StatsFilter.DEFAULT_DAYS - 1);
		if (end.isAfter(today)) {
			throw new InvalidInputException("problem.400.invalid", List.of(new FieldProblem("to", "dashboard.to.future")));
		}
		if (start.isAfter(end)) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("from", "dashboard.from.afterTo")));
		}
		if (ChronoUnit.DAYS.between(start, end) >= StatsFilter.MAX_DAYS) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("from", "dashboard.range.tooLong", StatsFilter.MAX_DAYS)));
		}
		return new StatsFilter(district, town, asked, start, end);
	}

	@Transactional(readOnly = true)
	public Overview overview(CurrentUser official, StatsFilter filter, Locale locale) {
		Map<String, String> townNames = new LinkedHashMap<>();
		for (RegionView district : this.regions.districts()) {
			for (RegionView t : this.regions.children(district.code())) {
				townNames.put(t.code(), t.displayName(locale));
			}
		}
		AppealFigures.Counts a = this.appeals.figuresFor(official, filter.region(), filter.from(), filter.to()).total();
		Map<String, Object> appeals = new LinkedHashMap<>();
		appeals.put("received", a.received());
		appeals.put("responded", a.responded());
		appeals.put("respondedInTimeRate", a.respondedInTimeRate());
		appeals.put("resolved", a.resolved());
		appeals.put("resolvedRate", a.resolvedRate());
		appeals.put("satisfactionRate", a.satisfactionRate());
		appeals.put("overdue", a.overdue());
		appeals.put("averageHoursToFirstResponse", a.averageHoursToFirstResponse());
		InspectionFigures.Counts i = this.inspections.figures(official, filter.region(), filter.from(), filter.to())
			.total();
		Map<String, Object> inspections = new LinkedHashMap<>();
		inspections.put("inspected", i.inspected());
		inspections.put("inspections", i.inspections());
		inspections.put("notices", i.notices());
		inspections.put("answeredInTime", i.answeredInTime());
		inspections.put("closed", i.closed());
		inspections.put("overdue", i.overdue());
		inspections.put("stops", i.stops());
		inspections.put("stopsLifted", i.stopsLifted());
		Jurisdiction scope = filter.scope();
		Instant now = this.clock.instant();
		return new Overview(new Overview.Period(filter.region(), filter.from(), filter.to()),
				this.queries.resumption(filter, townNames), this.workforce.staff(scope, filter.from(), filter.to()),
				this.applications.applications(scope, filter.from(), filter.to()),
				Overview.Passes.of(this.passes.counts(scope, filter.from(), filter.to(), now),
						this.scans.counts(scope, filter.from(), filter.to(), now)),
				appeals, inspections);
	}

	/** {@code GET /stats/resumption}: today's rates by whitelist level and kind of enterprise. */
	@Transactional(readOnly = true)
	public Overview.Resumption resumption(CurrentUser official, String region) {
		StatsFilter filter = filter(official, region, TimeFormat.today(), TimeFormat.today());
		return this.queries.resumption(filter, Map.of());
	}

}
