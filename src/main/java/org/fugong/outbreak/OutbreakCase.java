package org.fugong.outbreak;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fugong.common.domain.SuspendingMeasure;
import org.fugong.enterprise.EnterpriseView;

/**
 * An outbreak site (疫点) sealed by the district. It keeps the whitelist entries
 * the seal suspended, so that unsealing restores exactly those; it is unsealed
 * only through {@link #unseal}, which refuses a case that is not sealed.
 */
@Entity
@Table(name = "outbreak_case")
class OutbreakCase extends SuspendingMeasure {

	@Enumerated(EnumType.STRING)
	private OutbreakState state;

	private String reason;

	@Column(name = "sealed_at")
	private Instant sealedAt;

	@Column(name = "sealed_by")
	private String sealedBy;

	@Column(name = "unsealed_at")
	private Instant unsealedAt;

	@Column(name = "unsealed_by")
	private String unsealedBy;

	@Column(name = "unseal_reason")
	private String unsealReason;

	protected OutbreakCase() {
	}

	OutbreakCase(EnterpriseView enterprise, String reason, String by, Instant at) {
		super(enterprise.id(), enterprise.name(), enterprise.districtCode(), enterprise.townCode());
		this.state = OutbreakState.SEALED;
		this.reason = reason;
		this.sealedAt = at;
		this.sealedBy = by;
	}

	void unseal(String reason, String by, Instant at) {
		if (this.state != OutbreakState.SEALED) {
			throw new IllegalStateException("Outbreak case " + getId() + " is not sealed");
		}
		this.state = OutbreakState.UNSEALED;
		this.unsealReason = reason;
		this.unsealedBy = by;
		this.unsealedAt = at;
	}

	OutbreakView toView() {
		return new OutbreakView(getId(), getEnterpriseId(), getEnterpriseName(), getDistrictCode(), getTownCode(),
				this.state, this.reason, this.sealedAt, this.sealedBy, this.unsealedAt, this.unsealedBy,
				this.unsealReason, getVersion());
	}

	OutbreakState getState() {
		return this.state;
	}

	Instant getSealedAt() {
		return this.sealedAt;
	}

}
