package org.fugong.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The inspection figures of a region over a period (either bound may be open):
 * in total, per grid zone, per team and per day.
 */
public record InspectionFigures(String region, LocalDate from, LocalDate to, Counts total, List<Row> byZone,
		List<Row> byTeam, List<Row> byDay) {

	/** One line: its key (zone code, team id, day) and label, and its counts. */
	public record Row(String key, String label, Counts counts) {
	}

	/**
	 * Enterprises inspected (distinct), inspections made, aspects failed by kind,
	 * notices issued, answered in time, closed, gone overdue, stops ordered and lifted.
	 */
	@Schema(name = "InspectionCounts")
	public record Counts(long inspected, long inspections, Map<Aspect, Long> failedByAspect, long notices,
			long answeredInTime, long closed, long overdue, long stops, long stopsLifted) {

		public long failed(Aspect aspect) {
			return this.failedByAspect.getOrDefault(aspect, 0L);
		}

	}

}
