package org.fugong.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A reason: why the enterprise reopens a closed item, why the district escalates one: {@code {reason}}.
 */
class ReasonForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 4000, message = "{appeal.text.tooLong}")
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
