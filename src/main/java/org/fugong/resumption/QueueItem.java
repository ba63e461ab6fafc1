package org.fugong.resumption;

import java.time.Instant;

/**
 * A line of an official's queue; {@code escalated} marks a step overdue past its
 * grace that went up to the level above (督办).
 */
public record QueueItem(long id, long enterpriseId, String enterpriseName, String industry, String townCode,
		ApplicationState state, Instant dueAt, Instant submittedAt, boolean overdue, boolean escalated) {
}
