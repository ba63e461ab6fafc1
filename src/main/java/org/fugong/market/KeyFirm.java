package org.fugong.market;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An enterprise the district flagged as a key supply-chain firm (重点保供企业), with its chain. */
@Entity
@Table(name = "market_key_firm")
class KeyFirm {

	@Id
	private Long enterpriseId;

	private String districtCode;

	private String chain;

	private String flaggedBy;

	private Instant flaggedAt;

	protected KeyFirm() {
	}

	KeyFirm(long enterpriseId, String districtCode, String chain, String flaggedBy, Instant flaggedAt) {
		this.enterpriseId = enterpriseId;
		this.districtCode = districtCode;
		this.chain = chain;
		this.flaggedBy = flaggedBy;
		this.flaggedAt = flaggedAt;
	}

	void rechain(String chain, String by, Instant at) {
		this.chain = chain;
		this.flaggedBy = by;
		this.flaggedAt = at;
	}

	Long getEnterpriseId() {
		return this.enterpriseId;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	String getChain() {
		return this.chain;
	}

	String getFlaggedBy() {
		return this.flaggedBy;
	}

	Instant getFlaggedAt() {
		return this.flaggedAt;
	}

}
