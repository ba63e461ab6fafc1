package org.fugong.vehicle;

import jakarta.validation.constraints.Size;

import org.fugong.common.domain.VersionedDecision;
import org.fugong.vehicle.VehicleService.Decision;

/** A district official's decision on a trip: {@code action, opinion, version}. */
class DecisionForm extends VersionedDecision<Decision> {

	@Size(max = 500, message = "{vehicle.validation.opinion.tooLong}")
	private String opinion;

	public String getOpinion() {
		return this.opinion;
	}

	public void setOpinion(String opinion) {
		this.opinion = opinion;
	}

}
