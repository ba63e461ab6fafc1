package org.fugong.inspection.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fugong.common.BusinessRuleException;
import org.fugong.common.TimeFormat;
import org.fugong.common.domain.AuditedEntity;

/** A site found working without approval (私自复工), registered or only named, for the district to act on. */
@Entity
@AttributeOverride(name = "createdBy", column = @Column(name = "reported_by"))
@AttributeOverride(name = "createdAt", column = @Column(name = "reported_at"))
@Table(name = "unapproved_case")
class UnapprovedCase extends AuditedEntity {

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

	@Column(name = "reported_on")
	private LocalDate reportedOn;

	@Enumerated(EnumType.STRING)
	private CaseState state = CaseState.OPEN;

	@Column(name = "handled_by")
	private String handledBy;

	@Column(name = "handled_at")
	private Instant handledAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_id", nullable = false)
	@OrderBy("createdAt, id")
	private List<CaseStep> steps = new ArrayList<>();

	protected UnapprovedCase() {
	}

	UnapprovedCase(Long enterpriseId, String siteName, String address, String districtCode, String townCode,
			String gridCode, String note, String by, Instant at) {
		super(by, at);
		this.enterpriseId = enterpriseId;
		this.siteName = siteName;
		this.address = address;
		this.districtCode = districtCode;
		this.townCode = townCode;
		this.gridCode = gridCode;
		this.note = note;
		this.reportedOn = LocalDate.ofInstant(at, TimeFormat.ZONE);
	}

	/** Moves the case on, if its state allows it: the step keeps why, who and when. */
	void handle(CaseState to, String reason, String by, Instant at) {
		if (!this.state.next().contains(to)) {
			throw new BusinessRuleException("inspection.case.notAllowed");
		}
		this.state = to;
		this.handledBy = by;
		this.handledAt = at;
		this.steps.add(new CaseStep(to, reason, by, at));
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	String getTownCode() {
		return this.townCode;
	}

	CaseState getState() {
		return this.state;
	}

	long getVersion() {
		return this.version;
	}

	CaseView toView() {
		return new CaseView(getId(), this.enterpriseId, this.siteName, this.address, this.townCode, this.gridCode,
				this.note, getCreatedBy(), getCreatedAt(), this.state, this.handledBy, this.handledAt, this.version,
				this.steps.stream().map(CaseStep::toView).toList());
	}

}
