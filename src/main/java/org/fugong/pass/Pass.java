package org.fugong.pass;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fugong.common.ConflictException;

/**
 * A pass. It is made by {@link PassWriter} (thousands at a time), so this
 * entity reads it and changes it: revocation, renewal with a new token, a new
 * link for its holder.
 */
@Entity
@Table(name = "pass")
class Pass {

	@Id
	private Long id;

	@Enumerated(EnumType.STRING)
	private PassType type;

	@Column(name = "enterprise_id")
	private long enterpriseId;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "town_code")
	private String townCode;

	@Column(name = "employee_id")
	private Long employeeId;

	@Column(name = "holder_name")
	private String holderName;

	@Column(name = "holder_masked")
	private String holderMasked;

	private String department;

	@Enumerated(EnumType.STRING)
	private VehicleScope scope;

	@Column(name = "short_code")
	private String shortCode;

	@Column(name = "valid_from")
	private Instant validFrom;

	@Column(name = "valid_to")
	private Instant validTo;

	@Enumerated(EnumType.STRING)
	private PassStatus status;

	private String kid;

	private String token;

	@Column(name = "token_hash")
	private byte[] tokenHash;

	@Column(name = "holder_link_hash")
	private byte[] holderLinkHash;

	@Column(name = "issued_at")
	private Instant issuedAt;

	@Column(name = "issued_by")
	private String issuedBy;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoked_by")
	private String revokedBy;

	@Column(name = "revoke_reason")
	private String revokeReason;

	@Version
	private long version;

	protected Pass() {
	}

	/** Revokes the pass for good; a revoked pass stays revoked. */
	void revoke(String actor, String reason, Instant at) {
		if (this.status == PassStatus.REVOKED) {
			throw new ConflictException("pass.revoked.already");
		}
		this.status = PassStatus.REVOKED;
		this.revokedAt = at;
		this.revokedBy = actor;
		this.revokeReason = reason;
	}

	/** A new token for a new end of validity, signed by the current key. */
	void renew(Instant validTo, String kid, String token, byte[] tokenHash) {
		if (this.status == PassStatus.REVOKED) {
			throw new ConflictException("pass.revoked.already");
		}
		this.validTo = validTo;
		this.kid = kid;
		this.token = token;
		this.tokenHash = tokenHash;
	}

	void newHolderLink(byte[] linkHash) {
		this.holderLinkHash = linkHash;
	}

	/** The status as of {@code at}: an active pass past its end is EXPIRED. */
	PassStatus statusAt(Instant at) {
		if (this.status == PassStatus.ACTIVE && !at.isBefore(this.validTo)) {
			return PassStatus.EXPIRED;
		}
		return this.status;
	}

	PassClaims claims(String enterpriseName) {
		return new PassClaims(this.id, this.type, this.enterpriseId, enterpriseName, this.districtCode, this.scope,
				this.holderMasked, this.validFrom, this.validTo, this.kid);
	}

	Long getId() {
		return this.id;
	}

	PassType getType() {
		return this.type;
	}

	long getEnterpriseId() {
		return this.enterpriseId;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	String getTownCode() {
		return this.townCode;
	}

	Long getEmployeeId() {
		return this.employeeId;
	}

	String getHolderName() {
		return this.holderName;
	}

	String getHolderMasked() {
		return this.holderMasked;
	}

	String getDepartment() {
		return this.department;
	}

	VehicleScope getScope() {
		return this.scope;
	}

	String getShortCode() {
		return this.shortCode;
	}

	Instant getValidFrom() {
		return this.validFrom;
	}

	Instant getValidTo() {
		return this.validTo;
	}

	PassStatus getStatus() {
		return this.status;
	}

	String getKid() {
		return this.kid;
	}

	String getToken() {
		return this.token;
	}

	byte[] getTokenHash() {
		return this.tokenHash;
	}

	Instant getIssuedAt() {
		return this.issuedAt;
	}

	String getIssuedBy() {
		return this.issuedBy;
	}

	Instant getRevokedAt() {
		return this.revokedAt;
	}

	String getRevokedBy() {
		return this.revokedBy;
	}

	String getRevokeReason() {
		return this.revokeReason;
	}

	long getVersion() {
		return this.version;
	}

}
