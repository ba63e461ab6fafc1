package org.fugong.inspection.cases;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fugong.common.domain.AuditedEntity;

/** One step the district took on a 私自复工 case: the state it moved to, why, who and when. */
@Entity
@AttributeOverride(name = "createdBy", column = @Column(name = "acted_by"))
@AttributeOverride(name = "createdAt", column = @Column(name = "acted_at"))
@Table(name = "unapproved_case_step")
class CaseStep extends AuditedEntity {

	@Enumerated(EnumType.STRING)
	private CaseState state;

	private String reason;

	protected CaseStep() {
	}

	CaseStep(CaseState state, String reason, String by, Instant at) {
		super(by, at);
		this.state = state;
		this.reason = reason;
	}

	CaseView.Step toView() {
		return new CaseView.Step(this.state, this.reason, getCreatedBy(), getCreatedAt());
	}

}
