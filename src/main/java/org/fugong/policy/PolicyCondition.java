package org.fugong.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.fugong.region.RegionService;

/**
 * One key condition of a policy: a kind and its value, e.g. STAFF_AT_LEAST 100.
 */
@Embeddable
public class PolicyCondition {

	@Enumerated(EnumType.STRING)
	@Column(name = "kind")
	private ConditionKind kind;

	@Column(name = "value")
	private String value;

	protected PolicyCondition() {
	}

	public PolicyCondition(ConditionKind kind, String value) {
		this.kind = kind;
		this.value = value;
	}

	public ConditionKind kind() {
		return this.kind;
	}

	public String value() {
		return this.value;
	}

	public boolean isSatisfiedBy(EnterpriseFacts facts, RegionService regions) {
		return this.kind.isSatisfiedBy(this.value, facts, regions);
	}

}
