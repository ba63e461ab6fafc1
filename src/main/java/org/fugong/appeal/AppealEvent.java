package org.fugong.appeal;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fugong.common.domain.AuditedEntity;

import org.hibernate.annotations.Immutable;

/**
 * One entry of an appeal's history: who moved it from which state to which
 * (assignments and reassignments included), and why.
 */
@Entity
@Immutable
@AttributeOverride(name = "createdBy", column = @Column(name = "actor"))
@AttributeOverride(name = "createdAt", column = @Column(name = "at"))
@Table(name = "appeal_event")
class AppealEvent extends AuditedEntity {

	@Column(name = "appeal_id")
	private long appealId;

	private String action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_state")
	private AppealState fromState;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_state")
	private AppealState toState;

	private String detail;

	protected AppealEvent() {
	}

	AppealEvent(long appealId, Instant at, String actor, String action, AppealState from, AppealState to,
			String detail) {
		super(actor, at);
		this.appealId = appealId;
		this.action = action;
		this.fromState = from;
		this.toState = to;
		this.detail = (detail != null && detail.length() > 1000) ? detail.substring(0, 1000) : detail;
	}

	AppealDetail.HistoryEntry toView() {
		return new AppealDetail.HistoryEntry(getCreatedAt(), getCreatedBy(), this.action, this.fromState, this.toState,
				this.detail);
	}

}
