package org.fugong.resumption;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An official's decision: {@code {action, opinion, version, passed?}}.
 */
@Schema(example = "{\"action\": \"APPROVE_MATERIALS\", \"opinion\": \"材料齐全\", \"version\": 2}")
class DecisionForm {

	@NotNull(message = "{validation.required}")
	private DecisionAction action;

	@Size(max = 2000, message = "{validation.size.max2000}")
	private String opinion;

	@NotNull(message = "{validation.version.required}")
	private Long version;

	private Boolean passed;

	public DecisionAction getAction() {
		return this.action;
	}

	public void setAction(DecisionAction action) {
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

	public Boolean getPassed() {
		return this.passed;
	}

	public void setPassed(Boolean passed) {
		this.passed = passed;
	}

}
