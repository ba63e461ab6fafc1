package org.fugong.appeal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fugong.common.domain.EnterpriseOwned;

/**
 * An appeal or demand. Its state changes only through the guarded methods below;
 * each round (the first filing, every reopening) has its own deadlines, and
 * {@code dueAt} is always the next one the officials must meet.
 */
@Entity
@Table(name = "appeal")
class Appeal extends EnterpriseOwned {

	@Enumerated(EnumType.STRING)
	private AppealType type;

	private String subject;

	private String content;

	@Column(name = "application_id")
	private Long applicationId;

	@Enumerated(EnumType.STRING)
	private AppealState state;

	private String assignee;

	@Column(name = "received_at")
	private Instant receivedAt;

	@Embedded
	private AppealRound round = new AppealRound();

	@Embedded
	private AppealOutcome outcome = new AppealOutcome();

	@Column(name = "reopen_count")
	private int reopenCount;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Enumerated(EnumType.STRING)
	private AppealChannel channel = AppealChannel.ONLINE;

	@Column(name = "filed_by")
	private String filedBy;

	@Column(name = "department_code")
	private String departmentCode;

	@Column(name = "escalated_at")
	private Instant escalatedAt;

	@Column(name = "transferred_at")
	private Instant transferredAt;

	@Version
	private long version;

	protected Appeal() {
	}

	Appeal(long enterpriseId, String enterpriseName, String districtCode, String townCode, AppealType type,
			String subject, String content, Long applicationId, Deadlines deadlines) {
		super(enterpriseId, enterpriseName, districtCode, townCode);
		this.type = type;
		this.subject = subject;
		this.content = content;
		this.applicationId = (type == AppealType.APPLICATION_REJECTED) ? applicationId : null;
		this.state = AppealState.SUBMITTED;
		this.receivedAt = deadlines.start();
		this.updatedAt = deadlines.start();
		this.round.start(deadlines);
		this.round.follow(this.state);
	}

	/** Logged by an official on the enterprise's behalf, with the channel it came by. */
	Appeal(long enterpriseId, String enterpriseName, String districtCode, String townCode, AppealType type,
			String subject, String content, AppealChannel channel, String filedBy, Deadlines deadlines) {
		this(enterpriseId, enterpriseName, districtCode, townCode, type, subject, content, null, deadlines);
		this.channel = channel;
		this.filedBy = filedBy;
	}

	/** The start of a round and the two deadlines counted from it in working days. */
	record Deadlines(Instant start, Instant firstResponse, Instant resolution) {
	}

	/** A state change, for the history. */
	record Transition(AppealState from, AppealState to) {
	}

	Transition assign(String assignee, Instant now) {
		if (this.state == AppealState.RESOLVED || this.state == AppealState.CLOSED) {
			throw new AppealTransitionException(this.state, "ASSIGN");
		}
		this.assignee = assignee;
		AppealState next = (this.state == AppealState.ANSWERED) ? AppealState.ANSWERED : AppealState.ASSIGNED;
		return moveTo(next, now);
	}

	/**
	 * An official's answer. A resolving answer is final for this round; on an appeal
	 * against a rejection it must say whether the appeal is upheld.
	 */
	Transition respond(String official, boolean resolved, Boolean upheld, Instant now) {
		if (!this.state.isOpen()) {
			throw new AppealTransitionException(this.state, "RESPOND");
		}
		if (this.assignee == null) {
			this.assignee = official;
		}
		this.round.answered(now);
		if (resolved) {
			this.outcome.resolved((this.type == AppealType.APPLICATION_REJECTED) ? upheld : null, now);
			return moveTo(AppealState.RESOLVED, now);
		}
		return moveTo(AppealState.ANSWERED, now);
	}

	/**
	 * The district hands it to the city (兜底): it waits in the city's queue with
	 * the deadlines it had, and only the city answers it from then on.
	 */
	Transition escalate(Instant now) {
		if (!this.state.isOpen() || this.state == AppealState.ESCALATED) {
			throw new AppealTransitionException(this.state, "ESCALATE");
		}
		this.escalatedAt = now;
		return moveTo(AppealState.ESCALATED, now);
	}

	/**
	 * Transfers it to a functional department (转办), whose officers answer it; the
	 * town officer it was assigned to no longer holds it. The deadlines stay.
	 */
	Transition transfer(String department, Instant now) {
		if (!this.state.isOpen()) {
			throw new AppealTransitionException(this.state, "TRANSFER");
		}
		this.departmentCode = department;
		this.transferredAt = now;
		this.assignee = null;
		return moveTo(AppealState.TRANSFERRED, now);
	}

	/** The enterprise closes it, rating the answer. */
	Transition close(int satisfaction, String comment, Instant now) {
		if (this.state != AppealState.ANSWERED && this.state != AppealState.RESOLVED) {
			throw new AppealTransitionException(this.state, "CLOSE");
		}
		this.outcome.closed(satisfaction, comment, false, now);
		return moveTo(AppealState.CLOSED, now);
	}

	/** Nobody rated the answer in time: it closes unrated. */
	Transition closeUnrated(Instant now) {
		if (this.state != AppealState.ANSWERED && this.state != AppealState.RESOLVED) {
			throw new AppealTransitionException(this.state, "AUTO_CLOSE");
		}
		this.outcome.closed(null, null, true, now);
		return moveTo(AppealState.CLOSED, now);
	}

	/**
	 * The answer did not solve the problem: a new round with new deadlines. The
	 * earlier round stays in the history; its rating no longer counts.
	 */
	Transition reopen(Duration window, Deadlines deadlines) {
		if (this.state != AppealState.CLOSED) {
			throw new AppealTransitionException(this.state, "REOPEN");
		}
		if (!isReopenableAt(deadlines.start(), window)) {
			throw new AppealReopenWindowException();
		}
		this.reopenCount++;
		this.outcome.clear();
		this.round.start(deadlines);
		return moveTo(AppealState.REOPENED, deadlines.start());
	}

	boolean isReopenableAt(Instant now, Duration window) {
		Instant closedAt = this.outcome.getClosedAt();
		return this.state == AppealState.CLOSED && closedAt != null && !now.isAfter(closedAt.plus(window));
	}

	private Transition moveTo(AppealState next, Instant now) {
		AppealState from = this.state;
		this.state = next;
		this.updatedAt = now;
		this.round.follow(next);
		return new Transition(from, next);
	}

	boolean isOverdueAt(Instant now) {
		return this.round.isOverdueAt(now);
	}

	AppealType getType() {
		return this.type;
	}

	String getSubject() {
		return this.subject;
	}

	String getContent() {
		return this.content;
	}

	Long getApplicationId() {
		return this.applicationId;
	}

	AppealState getState() {
		return this.state;
	}

	String getAssignee() {
		return this.assignee;
	}

	Instant getReceivedAt() {
		return this.receivedAt;
	}

	/** The deadlines and answers of the current round. */
	AppealRound getRound() {
		return this.round;
	}

	/** How the current round ended, if it has. */
	AppealOutcome getOutcome() {
		return this.outcome;
	}

	int getReopenCount() {
		return this.reopenCount;
	}

	AppealChannel getChannel() {
		return this.channel;
	}

	String getFiledBy() {
		return this.filedBy;
	}

	String getDepartmentCode() {
		return this.departmentCode;
	}

	Instant getEscalatedAt() {
		return this.escalatedAt;
	}

	Instant getTransferredAt() {
		return this.transferredAt;
	}

	long getVersion() {
		return this.version;
	}

}
