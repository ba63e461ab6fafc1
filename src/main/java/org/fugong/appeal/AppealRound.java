package org.fugong.appeal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.fugong.appeal.Appeal.Deadlines;

/**
 * The deadlines of an appeal's current round (the first filing or a reopening)
 * and the answers given in it. {@code dueAt} is always the next deadline the
 * officials must meet: the first response until someone answers, then the
 * resolution, and none once the appeal is resolved or closed.
 */
@Embeddable
class AppealRound {

	@Column(name = "cycle_started_at")
	private Instant cycleStartedAt;

	@Column(name = "first_response_due_at")
	private Instant firstResponseDueAt;

	@Column(name = "resolution_due_at")
	private Instant resolutionDueAt;

	@Column(name = "due_at")
	private Instant dueAt;

	@Column(name = "first_responded_at")
	private Instant firstRespondedAt;

	@Column(name = "last_answered_at")
	private Instant lastAnsweredAt;

	protected AppealRound() {
	}

	/** A new round: its deadlines counted from its start, nobody has answered yet. */
	void start(Deadlines deadlines) {
		this.cycleStartedAt = deadlines.start();
		this.firstResponseDueAt = deadlines.firstResponse();
		this.resolutionDueAt = deadlines.resolution();
		this.firstRespondedAt = null;
		this.lastAnsweredAt = null;
	}

	/** An official answered; the first answer of the round meets the first-response deadline. */
	void answered(Instant now) {
		if (this.firstRespondedAt == null) {
			this.firstRespondedAt = now;
		}
		this.lastAnsweredAt = now;
	}

	/** The deadline that follows a move to {@code state}. */
	void follow(AppealState state) {
		if (state == AppealState.RESOLVED || state == AppealState.CLOSED) {
			this.dueAt = null;
		}
		else {
			this.dueAt = (this.firstRespondedAt == null) ? this.firstResponseDueAt : this.resolutionDueAt;
		}
	}

	boolean isOverdueAt(Instant now) {
		return this.dueAt != null && this.dueAt.isBefore(now);
	}

	Instant getCycleStartedAt() {
		return this.cycleStartedAt;
	}

	Instant getFirstResponseDueAt() {
		return this.firstResponseDueAt;
	}

	Instant getResolutionDueAt() {
		return this.resolutionDueAt;
	}

	Instant getDueAt() {
		return this.dueAt;
	}

	Instant getFirstRespondedAt() {
		return this.firstRespondedAt;
	}

	Instant getLastAnsweredAt() {
		return this.lastAnsweredAt;
	}

}
