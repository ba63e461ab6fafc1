package org.fugong.appeal;

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
 * One entry of an appeal's history: who moved it from which state to which
 * (assignments and reassignments included), and why.
 */
@Entity
@Immutable
@Table(name = "appeal_event")
class AppealEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "appeal_id")
	private long appealId;

	private Instant at;

	private String actor;

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
		this.appealId = appealId;
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.fromState = from;
		this.toState = to;
		this.detail = (detail != null && detail.length() > 1000) ? detail.substring(0, 1000) : detail;
	}

	AppealDetail.HistoryEntry toView() {
		return new AppealDetail.HistoryEntry(this.at, this.actor, this.action, this.fromState, this.toState,
				this.detail);
	}

}
