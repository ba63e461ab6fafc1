package org.fugong.workforce.report;

import java.time.Instant;
import java.time.LocalDate;

/** A daily report as the pages and the API show it. */
public record DailyReportView(long id, LocalDate date, int staffOnSite, int capacityPercent, int antigenTested,
		int pcrSampled, int abnormal, String problems, Instant createdAt, Instant updatedAt, String updatedBy,
		long version) {
}
