package org.fugong.liaison;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message between the enterprise and its liaison: {@code {text}}. */
class LiaisonMessageForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 2000, message = "{validation.size.max2000}")
	private String text;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
