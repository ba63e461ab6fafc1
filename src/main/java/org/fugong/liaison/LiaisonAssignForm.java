package org.fugong.liaison;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Naming an enterprise's liaison: {@code {officer}}, an official's username. */
class LiaisonAssignForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 50, message = "{validation.size.max50}")
	private String officer;

	public String getOfficer() {
		return this.officer;
	}

	public void setOfficer(String officer) {
		this.officer = officer;
	}

}
