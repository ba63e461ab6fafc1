package org.fugong.liaison;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An enterprise's current liaison officer and what their visits add up to;
 * {@code nextFollowUpOn} is the follow-up date of the latest visit that set one.
 */
public record LiaisonView(long enterpriseId, String enterpriseName, String officer, String officerName,
		Instant since, String assignedBy, long visits, long problemsFound, long problemsSolved, LocalDate lastVisitOn,
		LocalDate nextFollowUpOn) {
}
