package org.fugong.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why the enterprise reopens a closed item: {@code {reason}}.
 */
class ReopenForm {

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
