package org.fugong.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fugong.common.TimeFormat;
import org.fugong.common.domain.EnterpriseOwned;

/**
 * A rectification notice (整改通知书): the failed aspects of one inspection with
 * the inspector's notes, a readable number and a deadline. Its state changes only
 * through the guarded methods below, which refuse an illegal step with
 * {@link IllegalStateException}.
 */
@Entity
@Table(name = "rectification_notice")
class RectificationNotice extends EnterpriseOwned {

	private String number;

	@Column(name = "grid_code")
	private String gridCode;

	@Column(name = "team_id")
	private Long teamId;

	@Column(name = "inspection_id")
	private long inspectionId;

	@Column(name = "previous_id")
	private Long previousId;

	@Enumerated(EnumType.STRING)
	private NoticeState state;

	@Column(name = "issued_at")
	private Instant issuedAt;

	@Column(name = "issued_on")
	private LocalDate issuedOn;

	@Column(name = "issued_by")
	private String issuedBy;

	@Column(name = "due_at")
	private Instant dueAt;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Column(name = "answered_by")
	private String answeredBy;

	@Column(name = "overdue_at")
	private Instant overdueAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "escalated_at")
	private Instant escalatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "notice_aspect", joinColumns = @JoinColumn(name = "notice_id"))
	private List<NoticeAspect> aspects = new ArrayList<>();

	protected RectificationNotice() {
	}

	RectificationNotice(String number, Site site, Long teamId, long inspectionId, Long previousId,
			List<AspectResult> failed, String issuedBy, Instant at, Instant dueAt) {
		super(site.enterpriseId(), site.name(), site.districtCode(), site.townCode());
		if (failed.isEmpty()) {
			throw new IllegalArgumentException("A notice needs a failed aspect");
		}
		this.number = number;
		this.gridCode = site.gridCode();
		this.teamId = teamId;
		this.inspectionId = inspectionId;
		this.previousId = previousId;
		this.state = NoticeState.OPEN;
		this.issuedAt = at;
		this.issuedOn = LocalDate.ofInstant(at, TimeFormat.ZONE);
		this.issuedBy = issuedBy;
		this.dueAt = dueAt;
		failed.forEach((r) -> this.aspects.add(new NoticeAspect(r.aspect(), r.note())));
	}

	/** The enterprise's answer, aspect by aspect; late answers are kept, and stay late. */
	void answer(Map<Aspect, String> answers, String by, Instant at) {
		require(this.state == NoticeState.OPEN || this.state == NoticeState.OVERDUE, NoticeState.ANSWERED);
		for (NoticeAspect aspect : this.aspects) {
			String text = answers.get(aspect.aspect());
			if (text != null) {
				aspect.answer(text);
			}
		}
		this.state = NoticeState.ANSWERED;
		this.answeredAt = at;
		this.answeredBy = by;
	}

	/** The job's step: nobody answered by the deadline. */
	void markOverdue(Instant at) {
		require(this.state == NoticeState.OPEN && !at.isBefore(this.dueAt), NoticeState.OVERDUE);
		this.state = NoticeState.OVERDUE;
		this.overdueAt = at;
	}

	/** A follow-up visit found every aspect put right. */
	void close(Instant at) {
		require(this.state.isPending() || this.state == NoticeState.ESCALATED, NoticeState.CLOSED);
		this.state = NoticeState.CLOSED;
		this.closedAt = at;
	}

	/** A second notice names this one, or a production stop is ordered on it. */
	void escalate(Instant at) {
		require(this.state.isPending(), NoticeState.ESCALATED);
		this.state = NoticeState.ESCALATED;
		this.escalatedAt = at;
	}

	boolean answeredInTime() {
		return this.answeredAt != null && !this.answeredAt.isAfter(this.dueAt);
	}

	Set<Aspect> aspectSet() {
		Set<Aspect> set = EnumSet.noneOf(Aspect.class);
		this.aspects.forEach((a) -> set.add(a.aspect()));
		return set;
	}

	private void require(boolean allowed, NoticeState target) {
		if (!allowed) {
			throw new IllegalStateException("Notice " + getId() + " cannot go from " + this.state + " to " + target);
		}
	}

	NoticeSummary toSummary() {
		return new NoticeSummary(getId(), this.number, getEnterpriseId(), getEnterpriseName(), getDistrictCode(),
				getTownCode(), this.gridCode, this.teamId, this.state, this.issuedAt, this.dueAt, this.answeredAt,
				answeredInTime(), List.copyOf(aspectSet()), this.previousId);
	}

	List<NoticeDetail.AspectLine> aspectLines() {
		return this.aspects.stream()
			.sorted((a, b) -> a.aspect().compareTo(b.aspect()))
			.map((a) -> new NoticeDetail.AspectLine(a.aspect(), a.note(), a.answer()))
			.toList();
	}

	String getNumber() {
		return this.number;
	}

	String getGridCode() {
		return this.gridCode;
	}

	Long getTeamId() {
		return this.teamId;
	}

	long getInspectionId() {
		return this.inspectionId;
	}

	Long getPreviousId() {
		return this.previousId;
	}

	NoticeState getState() {
		return this.state;
	}

	Instant getIssuedAt() {
		return this.issuedAt;
	}

	String getIssuedBy() {
		return this.issuedBy;
	}

	Instant getDueAt() {
		return this.dueAt;
	}

	Instant getAnsweredAt() {
		return this.answeredAt;
	}

	Instant getOverdueAt() {
		return this.overdueAt;
	}

	Instant getClosedAt() {
		return this.closedAt;
	}

	long getVersion() {
		return this.version;
	}

}
