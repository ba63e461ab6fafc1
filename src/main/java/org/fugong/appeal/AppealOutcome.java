package org.fugong.appeal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How an appeal's current round ended: resolved (and, against a rejection,
 * upheld or not), then closed with the enterprise's rating or unrated when
 * nobody rated it in time. A reopening clears it for the new round.
 */
@Embeddable
class AppealOutcome {

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	private Boolean upheld;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "auto_closed")
	private boolean autoClosed;

	private Integer satisfaction;

	@Column(name = "rating_comment")
	private String ratingComment;

	protected AppealOutcome() {
	}

	void resolved(Boolean upheld, Instant now) {
		this.resolvedAt = now;
		this.upheld = upheld;
	}

	void closed(Integer satisfaction, String comment, boolean auto, Instant now) {
		this.satisfaction = satisfaction;
		if (!auto) {
			this.ratingComment = comment;
		}
		this.autoClosed = auto;
		this.closedAt = now;
	}

	void clear() {
		this.resolvedAt = null;
		this.upheld = null;
		this.closedAt = null;
		this.autoClosed = false;
		this.satisfaction = null;
		this.ratingComment = null;
	}

	Instant getResolvedAt() {
		return this.resolvedAt;
	}

	Boolean getUpheld() {
		return this.upheld;
	}

	Instant getClosedAt() {
		return this.closedAt;
	}

	boolean isAutoClosed() {
		return this.autoClosed;
	}

	Integer getSatisfaction() {
		return this.satisfaction;
	}

	String getRatingComment() {
		return this.ratingComment;
	}

}
