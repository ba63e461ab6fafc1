package org.fugong.resumption;

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
 * One entry of an application's timeline: who did what, from which state to which, and why.
 */
@Entity
@Immutable
@AttributeOverride(name = "createdBy", column = @Column(name = "actor"))
@AttributeOverride(name = "createdAt", column = @Column(name = "at"))
@Table(name = "resumption_step")
class ResumptionStep extends AuditedEntity {

	@Column(name = "request_id")
	private long requestId;

	@Column(name = "actor_role")
	private String actorRole;

	private String action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_state")
	private ApplicationState fromState;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_state")
	private ApplicationState toState;

	private String opinion;

	private Boolean passed;

	protected ResumptionStep() {
	}

	ResumptionStep(long requestId, Instant at, String actor, String actorRole, String action,
			ResumptionRequest.Transition transition, String opinion, Boolean passed) {
		super(actor, at);
		this.requestId = requestId;
		this.actorRole = actorRole;
		this.action = action;
		this.fromState = transition.from();
		this.toState = transition.to();
		this.opinion = opinion;
		this.passed = passed;
	}

	TimelineEntry toEntry() {
		return new TimelineEntry(getCreatedAt(), getCreatedBy(), this.actorRole, this.action, this.fromState, this.toState,
				this.opinion, this.passed);
	}

	/** A timeline entry: {@code {at, actor, action, from, to, opinion}}. */
	record TimelineEntry(Instant at, String actor, String actorRole, String action, ApplicationState from,
			ApplicationState to, String opinion, Boolean passed) {
	}

}
