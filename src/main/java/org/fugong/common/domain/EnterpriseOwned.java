package org.fugong.common.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A record kept about one enterprise and scoped by its jurisdiction: its
 * identity and the enterprise's name, district and town, copied when the row
 * is made so that lists and exports filter and show it without asking the
 * enterprise module. The copy never changes afterwards; there are no setters.
 */
@MappedSuperclass
public abstract class EnterpriseOwned extends IdentifiedEntity {

	@Column(name = "enterprise_id")
	private long enterpriseId;

	@Column(name = "enterprise_name")
	private String enterpriseName;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "town_code")
	private String townCode;

	protected EnterpriseOwned() {
	}

	protected EnterpriseOwned(long enterpriseId, String enterpriseName, String districtCode, String townCode) {
		this.enterpriseId = enterpriseId;
		this.enterpriseName = enterpriseName;
		this.districtCode = districtCode;
		this.townCode = townCode;
	}

	public long getEnterpriseId() {
		return this.enterpriseId;
	}

	public String getEnterpriseName() {
		return this.enterpriseName;
	}

	public String getDistrictCode() {
		return this.districtCode;
	}

	public String getTownCode() {
		return this.townCode;
	}

}
