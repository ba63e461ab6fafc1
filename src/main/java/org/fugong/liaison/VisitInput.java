package org.fugong.liaison;

import java.time.LocalDate;

/** A visit as the liaison reports it, already validated field by field. */
record VisitInput(LocalDate date, String metWith, String note, int problemsFound, int problemsSolved,
		LocalDate followUpOn) {
}
