package org.fugong.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An official's answer: {@code {answer, resolved, upheld?, version?}}.
 */
class RespondForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 4000, message = "{appeal.text.tooLong}")
	private String answer;

	private boolean resolved;

	private Boolean upheld;

	private Long version;

	public String getAnswer() {
		return this.answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public boolean isResolved() {
		return this.resolved;
	}

	public void setResolved(boolean resolved) {
		this.resolved = resolved;
	}

	public Boolean getUpheld() {
		return this.upheld;
	}

	public void setUpheld(Boolean upheld) {
		this.upheld = upheld;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
