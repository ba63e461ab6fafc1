package org.fugong.inspection.teams;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The grid zone an enterprise lies in. */
@Entity
@Table(name = "grid_site")
class GridSite {

	@Id
	@Column(name = "enterprise_id")
	private Long enterpriseId;

	@Column(name = "grid_code")
	private String gridCode;

	@Column(name = "assigned_at")
	private Instant assignedAt;

	@Column(name = "assigned_by")
	private String assignedBy;

	protected GridSite() {
	}

	GridSite(long enterpriseId, String gridCode, String by, Instant at) {
		this.enterpriseId = enterpriseId;
		this.gridCode = gridCode;
		this.assignedBy = by;
		this.assignedAt = at;
	}

	void move(String gridCode, String by, Instant at) {
		this.gridCode = gridCode;
		this.assignedBy = by;
		this.assignedAt = at;
	}

	Long getEnterpriseId() {
		return this.enterpriseId;
	}

	String getGridCode() {
		return this.gridCode;
	}

}
