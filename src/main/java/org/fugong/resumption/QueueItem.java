package org.fugong.resumption;

import java.time.Instant;

/**
 * A line of an official's queue.
 */
public record QueueItem(long id, long enterpriseId, String enterpriseName, String industry, String townCode,
		ApplicationState state, Instant dueAt, Instant submittedAt, boolean overdue) {
}
