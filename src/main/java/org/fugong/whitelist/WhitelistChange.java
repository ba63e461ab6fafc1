package org.fugong.whitelist;

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
 * One step in an entry's history: who moved it from which status to which, when and why.
 */
@Entity
@Immutable
@Table(name = "whitelist_change")
class WhitelistChange {

	enum Action {

		ADDED, SUSPENDED, RESTORED, REMOVED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant at;

	private String actor;

	@Enumerated(EnumType.STRING)
	private Action action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private WhitelistStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status")
	private WhitelistStatus toStatus;

	private String reason;

	protected WhitelistChange() {
	}

	WhitelistChange(Instant at, String actor, Action action, WhitelistStatus fromStatus, WhitelistStatus toStatus,
			String reason) {
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = reason;
	}

	WhitelistChangeView toView() {
		return new WhitelistChangeView(this.at, this.actor, this.action.name(), this.fromStatus, this.toStatus,
				this.reason);
	}

}
