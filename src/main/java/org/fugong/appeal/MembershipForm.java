package org.fugong.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A department officer's account and the department it belongs to: {@code {username, department}}.
 */
class MembershipForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 50, message = "{validation.size.max50}")
	private String username;

	@NotBlank(message = "{validation.required}")
	private String department;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDepartment() {
		return this.department;
	}

	public void setDepartment(String department) {
		this.department = department;
	}

}
