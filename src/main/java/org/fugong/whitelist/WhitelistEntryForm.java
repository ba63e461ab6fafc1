package org.fugong.whitelist;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fugong.common.CreditCode;

/**
 * An official lists one enterprise on their own list, found by its credit code.
 */
class WhitelistEntryForm {

	@NotBlank(message = "{validation.required}")
	@CreditCode
	private String creditCode;

	@NotNull(message = "{validation.required}")
	private WhitelistLevel level;

	@NotBlank(message = "{validation.required}")
	@Size(max = 50, message = "{validation.size.max50}")
	private String batch;

	@Size(max = 500, message = "{whitelist.reason.tooLong}")
	private String reason;

	public String getCreditCode() {
		return this.creditCode;
	}

	public void setCreditCode(String creditCode) {
		// Codes are printed in capitals; people type them in either case.
		this.creditCode = (creditCode != null) ? creditCode.trim().toUpperCase(Locale.ROOT) : null;
	}

	public WhitelistLevel getLevel() {
		return this.level;
	}

	public void setLevel(WhitelistLevel level) {
		this.level = level;
	}

	public String getBatch() {
		return this.batch;
	}

	public void setBatch(String batch) {
		this.batch = batch;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
