package org.fugong.security;

import jakarta.validation.constraints.NotBlank;

import org.fugong.common.StrongPassword;

class PasswordChangeForm {

	@NotBlank(message = "{validation.required}")
	private String currentPassword;

	@NotBlank(message = "{validation.required}")
	@StrongPassword
	private String newPassword;

	@NotBlank(message = "{validation.required}")
	private String confirmPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
