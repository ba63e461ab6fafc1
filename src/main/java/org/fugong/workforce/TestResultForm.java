package org.fugong.workforce;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** One test result entered on the page; the sampling time is Asia/Shanghai local time. */
class TestResultForm {

	@NotNull(message = "{validation.required}")
	private Long employeeId;

	@NotNull(message = "{validation.required}")
	private TestKind kind;

	@NotNull(message = "{validation.required}")
	private TestOutcome result = TestOutcome.NEGATIVE;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = { "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm" })
	private LocalDateTime sampledAt;

	public Long getEmployeeId() {
		return this.employeeId;
	}

	public void setEmployeeId(Long employeeId) {
		this.employeeId = employeeId;
	}

	public TestKind getKind() {
		return this.kind;
	}

	public void setKind(TestKind kind) {
		this.kind = kind;
	}

	public TestOutcome getResult() {
		return this.result;
	}

	public void setResult(TestOutcome result) {
		this.result = result;
	}

	public LocalDateTime getSampledAt() {
		return this.sampledAt;
	}

	public void setSampledAt(LocalDateTime sampledAt) {
		this.sampledAt = sampledAt;
	}

}
