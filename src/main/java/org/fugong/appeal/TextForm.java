package org.fugong.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One text: a message or an internal note, {@code {text}}.
 */
class TextForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 4000, message = "{appeal.text.tooLong}")
	private String text;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
