package org.fugong.workforce;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fugong.common.domain.AuditedEntity;

/** One test result of one employee; results are facts and never change. */
@Entity
@AttributeOverride(name = "createdBy", column = @Column(name = "recorded_by"))
@AttributeOverride(name = "createdAt", column = @Column(name = "recorded_at"))
@Table(name = "test_result")
class TestResult extends AuditedEntity {

	@Column(name = "enterprise_id")
	private long enterpriseId;

	@Column(name = "employee_id")
	private long employeeId;

	@Enumerated(EnumType.STRING)
	private TestKind kind;

	@Enumerated(EnumType.STRING)
	private TestOutcome outcome;

	@Column(name = "sampled_at")
	private Instant sampledAt;

	@Enumerated(EnumType.STRING)
	private TestSource source;

	protected TestResult() {
	}

	TestResult(long enterpriseId, long employeeId, TestKind kind, TestOutcome outcome, Instant sampledAt,
			String recordedBy, TestSource source) {
		super(recordedBy, Instant.now());
		this.enterpriseId = enterpriseId;
		this.employeeId = employeeId;
		this.kind = kind;
		this.outcome = outcome;
		this.sampledAt = sampledAt;
		this.source = source;
	}

	TestResultRecorded recorded() {
		return new TestResultRecorded(this.enterpriseId, this.employeeId, this.kind, this.outcome, this.sampledAt);
	}

}
