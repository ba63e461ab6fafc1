package org.fugong.resumption;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One entry of an application's timeline: who did what, from which state to which, and why.
 */
@Entity
@Immutable
@Table(name = "resumption_step")
class ResumptionStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id")
	private long requestId;

	private Instant at;

	private String actor;

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
		this.requestId = requestId;
		this.at = at;
		this.actor = actor;
		this.actorRole = actorRole;
		this.action = action;
		this.fromState = transition.from();
		this.toState = transition.to();
		this.opinion = opinion;
		this.passed = passed;
	}

	TimelineEntry toEntry() {
		return new TimelineEntry(this.at, this.actor, this.actorRole, this.action, this.fromState, this.toState,
				this.opinion, this.passed);
	}

	/** A timeline entry: {@code {at, actor, action, from, to, opinion}}. */
	record TimelineEntry(Instant at, String actor, String actorRole, String action, ApplicationState from,
			ApplicationState to, String opinion, Boolean passed) {
	}

}
