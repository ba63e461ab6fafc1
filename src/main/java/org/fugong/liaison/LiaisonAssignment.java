package org.fugong.liaison;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fugong.common.domain.EnterpriseOwned;

/**
 * One officer's term as an enterprise's liaison. Replacing the officer ends the
 * term rather than overwriting it, so the visits stay with the officer who made them.
 */
@Entity
@Table(name = "liaison_assignment")
class LiaisonAssignment extends EnterpriseOwned {

	private String officer;

	private String officerName;

	private String assignedBy;

	private Instant assignedAt;

	private Instant endedAt;

	private String endedBy;

	@Version
	private long version;

	protected LiaisonAssignment() {
	}

	LiaisonAssignment(long enterpriseId, String enterpriseName, String districtCode, String townCode, String officer,
			String officerName, String assignedBy, Instant assignedAt) {
		super(enterpriseId, enterpriseName, districtCode, townCode);
		this.officer = officer;
		this.officerName = officerName;
		this.assignedBy = assignedBy;
		this.assignedAt = assignedAt;
	}

	void end(String by, Instant at) {
		if (this.endedAt != null) {
			throw new IllegalStateException("Assignment " + getId() + " has already ended");
		}
		this.endedAt = at;
		this.endedBy = by;
	}

	boolean isHeldBy(String username) {
		return this.endedAt == null && this.officer.equalsIgnoreCase(username);
	}

	String getOfficer() {
		return this.officer;
	}

	String getOfficerName() {
		return this.officerName;
	}

	String getAssignedBy() {
		return this.assignedBy;
	}

	Instant getAssignedAt() {
		return this.assignedAt;
	}

	Instant getEndedAt() {
		return this.endedAt;
	}

}
