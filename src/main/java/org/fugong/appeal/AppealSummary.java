package org.fugong.appeal;

import java.time.Instant;

/**
 * An appeal as lists, queues and exports show it. It carries nothing internal:
 * no notes, no conversation.
 */
public record AppealSummary(long id, AppealType type, String subject, AppealState state, long enterpriseId,
		String enterpriseName, String districtCode, String townCode, String assignee, Instant receivedAt,
		Instant dueAt, boolean overdue, Instant resolvedAt, Instant closedAt, Integer satisfaction,
		int reopenCount, AppealChannel channel, String departmentCode) {
}
