package org.fugong.inspection;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fugong.common.TimeFormat;

/** A site found working without approval (私自复工), registered or only named, for the district to act on. */
@Entity
@Table(name = "unapproved_case")
class UnapprovedCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enterprise_id")
	private Long enterpriseId;

	@Column(name = "site_name")
	private String siteName;

	private String address;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "town_code")
	private String townCode;

	@Column(name = "grid_code")
	private String gridCode;

	private String note;

	@Column(name = "reported_by")
	private String reportedBy;

	@Column(name = "reported_at")
	private Instant reportedAt;

	@Column(name = "reported_on")
	private LocalDate reportedOn;

	protected UnapprovedCase() {
	}

	UnapprovedCase(Long enterpriseId, String siteName, String address, String districtCode, String townCode,
			String gridCode, String note, String by, Instant at) {
		this.enterpriseId = enterpriseId;
		this.siteName = siteName;
		this.address = address;
		this.districtCode = districtCode;
		this.townCode = townCode;
		this.gridCode = gridCode;
		this.note = note;
		this.reportedBy = by;
		this.reportedAt = at;
		this.reportedOn = LocalDate.ofInstant(at, TimeFormat.ZONE);
	}

	CaseView toView() {
		return new CaseView(this.id, this.enterpriseId, this.siteName, this.address, this.townCode, this.gridCode,
				this.note, this.reportedBy, this.reportedAt);
	}

}
