package org.fugong.inspection;

/**
 * Where a rectification notice stands: issued and waiting for the answer
 * ({@code OPEN}), answered by the enterprise ({@code ANSWERED}), passed at the
 * follow-up visit ({@code CLOSED}), not answered by its deadline ({@code OVERDUE}),
 * or taken further ({@code ESCALATED}: failed again at the follow-up, so a second
 * notice names it, or a production stop was ordered on it).
 */
public enum NoticeState {

	OPEN, ANSWERED, CLOSED, OVERDUE, ESCALATED;

	/** Whether the notice still waits for something from the enterprise or the team. */
	public boolean isPending() {
		return this == OPEN || this == ANSWERED || this == OVERDUE;
	}

}
