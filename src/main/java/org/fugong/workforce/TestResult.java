package org.fugong.workforce;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One test result of one employee; results are facts and never change. */
@Entity
@Table(name = "test_result")
class TestResult {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

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

	@Column(name = "recorded_at")
	private Instant recordedAt;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Enumerated(EnumType.STRING)
	private TestSource source;

	protected TestResult() {
	}

	TestResult(long enterpriseId, long employeeId, TestKind kind, TestOutcome outcome, Instant sampledAt,
			String recordedBy, TestSource source) {
		this.enterpriseId = enterpriseId;
		this.employeeId = employeeId;
		this.kind = kind;
		this.outcome = outcome;
		this.sampledAt = sampledAt;
		this.recordedAt = Instant.now();
		this.recordedBy = recordedBy;
		this.source = source;
	}

	Long getId() {
		return this.id;
	}

	TestResultRecorded recorded() {
		return new TestResultRecorded(this.enterpriseId, this.employeeId, this.kind, this.outcome, this.sampledAt);
	}

}
