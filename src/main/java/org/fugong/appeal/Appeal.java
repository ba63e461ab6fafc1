package org.fugong.appeal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An appeal or demand. Its state changes only through the guarded methods below;
 * each round (the first filing, every reopening) has its own deadlines, and
 * {@code dueAt} is always the next one the officials must meet.
 */
@Entity
@Table(name = "appeal")
class Appeal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enterprise_id")
	private long enterpriseId;

	@Column(name = "enterprise_name")
	private String enterpriseName;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "town_code")
	private String townCode;

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

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "auto_closed")
	private boolean autoClosed;

	private Integer satisfaction;

	@Column(name = "rating_comment")
	private String ratingComment;

	private Boolean upheld;

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
		this.enterpriseId = enterpriseId;
		this.enterpriseName = enterpriseName;
		this.districtCode = districtCode;
		this.townCode = townCode;
		this.type = type;
		this.subject = subject;
		this.content = content;
		this.applicationId = (type == AppealType.APPLICATION_REJECTED) ? applicationId : null;
		this.state = AppealState.SUBMITTED;
		this.receivedAt = deadlines.start();
		this.updatedAt = deadlines.start();
		startRound(deadlines);
		this.dueAt = this.firstResponseDueAt;
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
		if (this.firstRespondedAt == null) {
			this.firstRespondedAt = now;
		}
		this.lastAnsweredAt = now;
		if (resolved) {
			this.resolvedAt = now;
			this.upheld = (this.type == AppealType.APPLICATION_REJECTED) ? upheld : null;
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
		this.satisfaction = satisfaction;
		this.ratingComment = comment;
		this.autoClosed = false;
		this.closedAt = now;
		return moveTo(AppealState.CLOSED, now);
	}

	/** Nobody rated the answer in time: it closes unrated. */
	Transition closeUnrated(Instant now) {
		if (this.state != AppealState.ANSWERED && this.state != AppealState.RESOLVED) {
			throw new AppealTransitionException(this.state, "AUTO_CLOSE");
		}
		this.satisfaction = null;
		this.autoClosed = true;
		this.closedAt = now;
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
		this.closedAt = null;
		this.resolvedAt = null;
		this.satisfaction = null;
		this.ratingComment = null;
		this.autoClosed = false;
		this.upheld = null;
		startRound(deadlines);
		return moveTo(AppealState.REOPENED, deadlines.start());
	}

	boolean isReopenableAt(Instant now, Duration window) {
		return this.state == AppealState.CLOSED && this.closedAt != null && !now.isAfter(this.closedAt.plus(window));
	}

	private void startRound(Deadlines deadlines) {
		this.cycleStartedAt = deadlines.start();
		this.firstResponseDueAt = deadlines.firstResponse();
		this.resolutionDueAt = deadlines.resolution();
		this.firstRespondedAt = null;
		this.lastAnsweredAt = null;
	}

	private Transition moveTo(AppealState next, Instant now) {
		AppealState from = this.state;
		this.state = next;
		this.updatedAt = now;
		if (next == AppealState.RESOLVED || next == AppealState.CLOSED) {
			this.dueAt = null;
		}
		else {
			this.dueAt = (this.firstRespondedAt == null) ? this.firstResponseDueAt : this.resolutionDueAt;
		}
		return new Transition(from, next);
	}

	boolean isOverdueAt(Instant now) {
		return this.dueAt != null && this.dueAt.isBefore(now);
	}

	Long getId() {
		return this.id;
	}

	long getEnterpriseId() {
		return this.enterpriseId;
	}

	String getEnterpriseName() {
		return this.enterpriseName;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	String getTownCode() {
		return this.townCode;
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

	Instant getResolvedAt() {
		return this.resolvedAt;
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

	Boolean getUpheld() {
		return this.upheld;
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
