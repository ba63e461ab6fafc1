package org.fugong.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Where an item is transferred and why: {@code {department, reason}}.
 */
class TransferForm {

	@NotBlank(message = "{validation.required}")
	private String department;

	@NotBlank(message = "{validation.required}")
	@Size(max = 4000, message = "{appeal.text.tooLong}")
	private String reason;

	public String getDepartment() {
		return this.department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
