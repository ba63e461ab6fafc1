package org.fugong.workforce;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A district's test rule: a negative result of a kind that counts, sampled
 * within {@code maxAgeHours}, and no positive result since.
 */
@Entity
@Table(name = "test_rule")
class TestRule {

	static final int DEFAULT_MAX_AGE_HOURS = 48;

	@Id
	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "max_age_hours")
	private int maxAgeHours;

	@Enumerated(EnumType.STRING)
	private TestRuleKinds kinds;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	@Version
	private Long version;

	protected TestRule() {
	}

	TestRule(String districtCode, int maxAgeHours, TestRuleKinds kinds, String updatedBy) {
		this.districtCode = districtCode;
		change(maxAgeHours, kinds, updatedBy);
	}

	void change(int maxAgeHours, TestRuleKinds kinds, String updatedBy) {
		this.maxAgeHours = maxAgeHours;
		this.kinds = kinds;
		this.updatedBy = updatedBy;
		this.updatedAt = Instant.now();
	}

	TestRuleView toView() {
		return new TestRuleView(this.districtCode, this.maxAgeHours, this.kinds, false, this.updatedAt,
				this.updatedBy, (this.version != null) ? this.version : 0);
	}

	long getVersion() {
		return (this.version != null) ? this.version : 0;
	}

}
