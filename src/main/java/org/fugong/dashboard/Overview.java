package org.fugong.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures, as the page draws them and
 * {@code GET /api/v1/stats/overview} answers them. Appeals and inspections are
 * the totals of their own figures pages for the same region and days.
 */
public record Overview(Period period, Resumption resumption, Workforce workforce, Applications applications,
		Passes passes, Map<String, Object> appeals, Map<String, Object> inspections) {

	public record Period(String region, LocalDate from, LocalDate to) {
	}

	/**
	 * Whitelisted (active entry) enterprises and those that resumed on {@code day}:
	 * a daily report of that day with staff on site.
	 */
	public record Resumption(LocalDate day, Rate overall, List<LevelRate> byLevel, Rate aboveDesignatedSize,
			Rate foreignInvested, List<GroupRate> byIndustry, List<GroupRate> byTown, List<DayRate> trend) {
	}

	public record LevelRate(String level, long listed, long resumed, Double rate) {
	}

	public record GroupRate(String code, String name, long listed, long resumed, Double rate) {
	}

	public record DayRate(LocalDate date, long listed, long resumed, Double rate) {
	}

	/**
	 * Staff registered (active in the rosters), on site (the day's reports),
	 * tested that day by kind, coverage ({@code tested / registered}), positives,
	 * and how the reporting enterprises' capacity is spread.
	 */
	public record Workforce(LocalDate day, long registered, long onSite, long reports, long antigenTested,
			long pcrTested, long tested, Double coverage, long positives, List<Bucket> capacity, List<DayTests> trend) {
	}

	public record Bucket(String range, long enterprises) {
	}

	public record DayTests(LocalDate date, long tested, long positives, long onSite) {
	}

	/**
	 * Applications submitted in the period, each state's count now, overdue now,
	 * approvals per day, and the median hours from submission to approval of
	 * those approved in the period.
	 */
	public record Applications(long received, Map<String, Long> byState, long overdue, long approved,
			List<DayCount> approvedPerDay, Double medianHoursToApproval) {
	}

	public record DayCount(LocalDate date, long count) {
	}

	/**
	 * Passes issued in the period and active now, vehicle passes by scope (and
	 * the enterprises holding them), today's scans per hour, the period's scans
	 * and refusals by reason, and vehicles that arrived and have not left.
	 */
	public record Passes(long workerIssued, long vehicleIssued, long workerActive, long vehicleActive,
			List<ScopeCount> vehicleByScope, List<HourCount> scansToday, long scansValid, long scansRefused,
			List<ReasonCount> refusedByReason, long vehiclesInside) {
	}

	public record ScopeCount(String scope, long passes, long enterprises) {
	}

	public record HourCount(int hour, long valid, long refused) {
	}

	public record ReasonCount(String reason, long count) {
	}

}
