package org.fugong.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.fugong.common.CreditCode;
import org.fugong.common.StrongPassword;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an enterprise gives to register: the registration page and
 * {@code POST /api/v1/enterprises/register} bind the same fields.
 */
@Schema(example = "{\"creditCode\": \"91310117YFDWC4000U\", \"name\": \"上海松江精密制造有限公司\", \"districtCode\": \"310117\", \"townCode\": \"310117105\", \"address\": \"松江区新桥镇明华路 1 号\", \"industry\": \"MANUFACTURING\", \"staffCount\": 120, \"aboveDesignatedSize\": true, \"foreignInvested\": false, \"contactName\": \"张三\", \"contactPhone\": \"13800138000\", \"username\": \"songjiang-jm\", \"password\": \"Fugong@2027\"}")
class RegistrationForm extends ProfileForm {

	@NotBlank(message = "{validation.required}")
	@CreditCode
	private String creditCode;

	@NotBlank(message = "{validation.required}")
	private String districtCode;

	@NotBlank(message = "{validation.required}")
	private String townCode;

	/** Required with the licence; the JSON API may hand both in after registering. */
	@Size(max = 50, message = "{validation.size.max50}")
	private String legalRepresentative;

	@NotBlank(message = "{validation.required}")
	@Size(min = 3, max = 50, message = "{validation.username.size}")
	@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{validation.username.pattern}")
	private String username;

	@NotBlank(message = "{validation.required}")
	@StrongPassword
	private String password;

	public String getCreditCode() {
		return this.creditCode;
	}

	public void setCreditCode(String creditCode) {
		// Codes are printed in capitals; people type them in either case.
		this.creditCode = (creditCode != null) ? creditCode.trim().toUpperCase(java.util.Locale.ROOT) : null;
	}

	public String getDistrictCode() {
		return this.districtCode;
	}

	public void setDistrictCode(String districtCode) {
		this.districtCode = districtCode;
	}

	public String getTownCode() {
		return this.townCode;
	}

	public void setTownCode(String townCode) {
		this.townCode = townCode;
	}

	public String getLegalRepresentative() {
		return this.legalRepresentative;
	}

	public void setLegalRepresentative(String legalRepresentative) {
		this.legalRepresentative = (legalRepresentative == null || legalRepresentative.isBlank()) ? null
				: legalRepresentative.trim();
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
