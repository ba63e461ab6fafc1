package org.fugong.inspection.teams;

import java.util.ArrayList;
import java.util.List;

/** Placing enterprises in a grid zone: the town, the search, the chosen enterprises and the zone. */
class SiteForm {

	private String town;

	private String q;

	private List<Long> enterpriseIds = new ArrayList<>();

	private String gridCode;

	public String getTown() {
		return this.town;
	}

	public void setTown(String town) {
		this.town = town;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public List<Long> getEnterpriseIds() {
		return this.enterpriseIds;
	}

	public void setEnterpriseIds(List<Long> enterpriseIds) {
		this.enterpriseIds = enterpriseIds;
	}

	public String getGridCode() {
		return this.gridCode;
	}

	public void setGridCode(String gridCode) {
		this.gridCode = gridCode;
	}

}
