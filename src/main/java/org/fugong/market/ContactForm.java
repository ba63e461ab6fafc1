package org.fugong.market;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "联系对方": {@code {message, fromPostId?}}, the caller's own post it answers when it came from a match. */
class ContactForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 1000, message = "{validation.size.max1000}")
	private String message;

	private Long fromPostId;

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public Long getFromPostId() {
		return this.fromPostId;
	}

	public void setFromPostId(Long fromPostId) {
		this.fromPostId = fromPostId;
	}

}
