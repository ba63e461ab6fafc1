package org.fugong.market;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note on a coordination item, or its outcome: {@code {text}}. */
class CoordinationForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 500, message = "{market.coordination.tooLong}")
	private String text;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
