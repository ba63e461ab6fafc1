package org.fugong.gate;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fugong.common.CreditCode;

/**
 * A checkpoint as an official enters it. The enterprise of a factory gate is
 * picked from the jurisdiction's enterprises or named by its credit code (the
 * code wins when both are given).
 */
class CheckpointForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{gateadmin.name.tooLong}")
	private String name;

	@NotNull(message = "{validation.required}")
	private CheckpointKind kind;

	@NotBlank(message = "{validation.required}")
	@Size(max = 20)
	private String regionCode;

	@NotNull(message = "{validation.required}")
	private Direction defaultDirection;

	private Long enterpriseId;

	@CreditCode
	private String creditCode;

	private boolean active = true;

	static CheckpointForm of(CheckpointView checkpoint) {
		CheckpointForm form = new CheckpointForm();
		form.setName(checkpoint.name());
		form.setKind(checkpoint.kind());
		form.setRegionCode(checkpoint.regionCode());
		form.setDefaultDirection(checkpoint.defaultDirection());
		form.setEnterpriseId(checkpoint.enterpriseId());
		form.setActive(checkpoint.active());
		return form;
	}

	CheckpointService.CheckpointInput toInput(Long enterpriseId) {
		return new CheckpointService.CheckpointInput(this.name, this.kind, this.regionCode, enterpriseId,
				this.defaultDirection);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public CheckpointKind getKind() {
		return this.kind;
	}

	public void setKind(CheckpointKind kind) {
		this.kind = kind;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public Direction getDefaultDirection() {
		return this.defaultDirection;
	}

	public void setDefaultDirection(Direction defaultDirection) {
		this.defaultDirection = defaultDirection;
	}

	public Long getEnterpriseId() {
		return this.enterpriseId;
	}

	public void setEnterpriseId(Long enterpriseId) {
		this.enterpriseId = enterpriseId;
	}

	public String getCreditCode() {
		return this.creditCode;
	}

	public void setCreditCode(String creditCode) {
		// Codes are printed in capitals; people type them in either case.
		this.creditCode = (creditCode != null && !creditCode.isBlank()) ? creditCode.trim().toUpperCase(Locale.ROOT)
				: null;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
