package org.fugong.whitelist;

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
 * One step in an entry's history: who moved it from which status to which, when and why.
 */
@Entity
@Immutable
@AttributeOverride(name = "createdBy", column = @Column(name = "actor"))
@AttributeOverride(name = "createdAt", column = @Column(name = "at"))
@Table(name = "whitelist_change")
class WhitelistChange extends AuditedEntity {

	enum Action {

		ADDED, SUSPENDED, RESTORED, REMOVED

	}

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
		super(actor, at);
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = reason;
	}

	WhitelistChangeView toView() {
		return new WhitelistChangeView(getCreatedAt(), getCreatedBy(), this.action.name(), this.fromStatus, this.toStatus,
				this.reason);
	}

}
