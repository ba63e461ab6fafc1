package org.fugong.vehicle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fugong.vehicle.VehicleService.Decision;

/** A district official's decision on a trip: {@code action, opinion, version}. */
class DecisionForm {

	@NotNull(message = "{validation.required}")
	private Decision action;

	@Size(max = 500, message = "{vehicle.validation.opinion.tooLong}")
	private String opinion;

	@NotNull(message = "{validation.version.required}")
	private Long version;

	public Decision getAction() {
		return this.action;
	}

	public void setAction(Decision action) {
		this.action = action;
	}

	public String getOpinion() {
		return this.opinion;
	}

	public void setOpinion(String opinion) {
		this.opinion = opinion;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
