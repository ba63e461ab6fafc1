package org.fugong.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fugong.gate.ScanFigures;
import org.fugong.gate.ScanFigures.HourCount;
import org.fugong.gate.ScanFigures.ReasonCount;
import org.fugong.pass.PassFigures;
import org.fugong.pass.PassFigures.ScopeCount;
import org.fugong.resumption.ResumptionFigures.Applications;
import org.fugong.workforce.WorkforceFigures.Staff;

/**
 * The dashboard's figures, as the page draws them and
 * {@code GET /api/v1/stats/overview} answers them. Appeals and inspections are
 * the totals of their own figures pages for the same region and days.
 */
public record Overview(Period period, Resumption resumption, Staff workforce, Applications applications,
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
	 * Passes issued in the period and active now, vehicle passes by scope (and
	 * the enterprises holding them), today's scans per hour, the period's scans
	 * and refusals by reason, and vehicles that arrived and have not left.
	 */
	public record Passes(long workerIssued, long vehicleIssued, long workerActive, long vehicleActive,
			List<ScopeCount> vehicleByScope, List<HourCount> scansToday, long scansValid, long scansRefused,
			List<ReasonCount> refusedByReason, long vehiclesInside) {

		static Passes of(PassFigures.Counts passes, ScanFigures.Counts scans) {
			return new Passes(passes.workerIssued(), passes.vehicleIssued(), passes.workerActive(),
					passes.vehicleActive(), passes.vehicleByScope(), scans.scansToday(), scans.scansValid(),
					scans.scansRefused(), scans.refusedByReason(), scans.vehiclesInside());
		}

	}

}
