package org.fugong.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.fugong.common.StrongPassword;

class StaffAccountForm {

	@NotBlank(message = "{validation.required}")
	@Size(min = 3, max = 50, message = "{validation.username.size}")
	@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{validation.username.pattern}")
	private String username;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.size.max100}")
	private String displayName;

	@NotNull(message = "{validation.required}")
	private Role role;

	private String regionCode;

	@NotBlank(message = "{validation.required}")
	@StrongPassword
	private String password;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
