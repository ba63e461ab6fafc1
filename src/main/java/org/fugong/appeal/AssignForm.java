package org.fugong.appeal;

import jakarta.validation.constraints.NotBlank;

/**
 * An assignment: {@code {assignee, version?}}; with the version an official saw,
 * a concurrent assignment is refused rather than overwritten.
 */
class AssignForm {

	@NotBlank(message = "{validation.required}")
	private String assignee;

	private Long version;

	public String getAssignee() {
		return this.assignee;
	}

	public void setAssignee(String assignee) {
		this.assignee = assignee;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
