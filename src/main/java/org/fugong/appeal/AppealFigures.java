package org.fugong.appeal;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The three rates officials answer for (responded in time, resolved, satisfied)
 * and the times behind them, for the items received in a region between two
 * dates: in total, by type and by the region's districts or towns.
 */
public record AppealFigures(String region, LocalDate from, LocalDate to, Counts total, List<TypeCounts> byType,
		List<RegionCounts> byRegion) {

	/**
	 * Counts of one group. The satisfaction rate is the share of 4-5 ratings among
	 * the rated; an item that closed itself unrated is not in it.
	 */
	@Schema(name = "AppealCounts")
	public record Counts(long received, long responded, long respondedInTime, long resolved, long resolvedInTime,
			long rated, long satisfied, long unratedClosed, long overdue, Double averageHoursToFirstResponse,
			Double averageHoursToResolution) {

		public Double respondedInTimeRate() {
			return rate(this.respondedInTime, this.received);
		}

		public Double resolvedRate() {
			return rate(this.resolved, this.received);
		}

		public Double resolvedInTimeRate() {
			return rate(this.resolvedInTime, this.resolved);
		}

		public Double satisfactionRate() {
			return rate(this.satisfied, this.rated);
		}

		private static Double rate(long part, long whole) {
			return (whole == 0) ? null : Math.round(part * 10000.0 / whole) / 10000.0;
		}

	}

	public record TypeCounts(AppealType type, Counts counts) {
	}

	public record RegionCounts(String code, Counts counts) {
	}

}
