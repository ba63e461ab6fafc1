package org.fugong.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.fugong.common.TimeFormat;
import org.fugong.common.domain.EnterpriseOwned;

/**
 * One visit of a team to an enterprise: the six aspects (or, at a follow-up, the
 * aspects of the notice it follows up), each passed or failed with a note. It is
 * written once and never changes.
 */
@Entity
@Table(name = "inspection")
class Inspection extends EnterpriseOwned {

	@Column(name = "grid_code")
	private String gridCode;

	@Column(name = "team_id")
	private Long teamId;

	private String inspector;

	@Column(name = "inspected_at")
	private Instant inspectedAt;

	@Column(name = "inspected_on")
	private LocalDate inspectedOn;

	private boolean passed;

	@Column(name = "follow_up_of")
	private Long followUpOf;

	@ElementCollection
	@CollectionTable(name = "inspection_result", joinColumns = @JoinColumn(name = "inspection_id"))
	private List<AspectResult> results = new ArrayList<>();

	protected Inspection() {
	}

	Inspection(Site site, Long teamId, String inspector, Instant at, Long followUpOf, List<AspectResult> results) {
		super(site.enterpriseId(), site.name(), site.districtCode(), site.townCode());
		this.gridCode = site.gridCode();
		this.teamId = teamId;
		this.inspector = inspector;
		this.inspectedAt = at;
		this.inspectedOn = LocalDate.ofInstant(at, TimeFormat.ZONE);
		this.followUpOf = followUpOf;
		this.results.addAll(results);
		this.passed = results.stream().allMatch(AspectResult::passed);
	}

	List<AspectResult> failed() {
		return this.results.stream().filter((r) -> !r.passed()).toList();
	}

	InspectionView toView() {
		return new InspectionView(getId(), getEnterpriseId(), getEnterpriseName(), this.gridCode, this.teamId,
				this.inspector, this.inspectedAt, this.passed, this.followUpOf,
				this.results.stream().map((r) -> new InspectionView.Result(r.aspect(), r.passed(), r.note())).toList());
	}

	boolean isPassed() {
		return this.passed;
	}

	Long getTeamId() {
		return this.teamId;
	}

	Instant getInspectedAt() {
		return this.inspectedAt;
	}

	Long getFollowUpOf() {
		return this.followUpOf;
	}

	String getInspector() {
		return this.inspector;
	}

}
