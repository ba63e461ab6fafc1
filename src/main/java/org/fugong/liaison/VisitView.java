package org.fugong.liaison;

import java.time.Instant;
import java.time.LocalDate;

/** A logged visit as the pages, the API and the enterprise file show it. */
public record VisitView(long id, LocalDate date, String officer, String officerName, String metWith, String note,
		int problemsFound, int problemsSolved, LocalDate followUpOn, Instant loggedAt) {
}
