package org.fugong.resumption;

import jakarta.validation.constraints.Size;

import org.fugong.common.domain.VersionedDecision;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An official's decision: {@code {action, opinion, version, passed?}}.
 */
@Schema(example = "{\"action\": \"APPROVE_MATERIALS\", \"opinion\": \"材料齐全\", \"version\": 2}")
class DecisionForm extends VersionedDecision<DecisionAction> {

	@Size(max = 2000, message = "{validation.size.max2000}")
	private String opinion;

	private Boolean passed;

	public String getOpinion() {
		return this.opinion;
	}

	public void setOpinion(String opinion) {
		this.opinion = opinion;
	}

	public Boolean getPassed() {
		return this.passed;
	}

	public void setPassed(Boolean passed) {
		this.passed = passed;
	}

}
