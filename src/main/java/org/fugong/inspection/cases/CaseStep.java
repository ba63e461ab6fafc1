package org.fugong.inspection.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step the district took on a 私自复工 case: the state it moved to, why, who and when. */
@Entity
@Table(name = "unapproved_case_step")
class CaseStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private CaseState state;

	private String reason;

	@Column(name = "acted_by")
	private String actedBy;

	@Column(name = "acted_at")
	private Instant actedAt;

	protected CaseStep() {
	}

	CaseStep(CaseState state, String reason, String by, Instant at) {
		this.state = state;
		this.reason = reason;
		this.actedBy = by;
		this.actedAt = at;
	}

	CaseView.Step toView() {
		return new CaseView.Step(this.state, this.reason, this.actedBy, this.actedAt);
	}

}
