package org.fugong.appeal;

import java.time.Instant;
import java.util.List;

/**
 * An appeal in full as one reader may see it: {@code internalNotes} is null for
 * the enterprise, never an empty stand-in, so nothing internal can slip into its pages.
 */
public record AppealDetail(AppealSummary summary, String content, Long applicationId, String assignee,
		Instant firstResponseDueAt, Instant resolutionDueAt, Instant firstRespondedAt, Instant resolvedAt,
		Instant closedAt, boolean autoClosed, Integer satisfaction, String ratingComment, Boolean upheld,
		int reopenCount, boolean reopenable, long version, List<Message> messages, List<Message> internalNotes,
		List<HistoryEntry> history, List<Attachment> attachments, String filedBy, Instant escalatedAt,
		Department department, Instant transferredAt) {

	/** A line of the conversation or an internal note. */
	public record Message(Instant at, String author, String authorRole, String kind, String text) {
	}

	/** A state change or an assignment. */
	public record HistoryEntry(Instant at, String actor, String action, AppealState from, AppealState to,
			String detail) {
	}

	/** An attached file. */
	public record Attachment(long id, String filename, String contentType, long size, String sha256,
			Instant uploadedAt) {
	}

}
