package org.fugong.workforce;

import java.time.Instant;
import java.time.LocalDate;

/** A daily report as the officials' list shows it, with its enterprise. */
public record DayReport(long enterpriseId, String enterprise, String town, LocalDate date, int staffOnSite,
		int capacityPercent, int antigenTested, int pcrSampled, int abnormal, String problems, Instant updatedAt) {
}
