package org.fugong.workforce;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The district official's test rule form. */
class TestRuleForm {

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{workforce.rule.maxAge.range}")
	@Max(value = 336, message = "{workforce.rule.maxAge.range}")
	private Integer maxAgeHours;

	@NotNull(message = "{validation.required}")
	private TestRuleKinds kinds;

	private Long version;

	static TestRuleForm of(TestRuleView rule) {
		TestRuleForm form = new TestRuleForm();
		form.maxAgeHours = rule.maxAgeHours();
		form.kinds = rule.kinds();
		form.version = rule.version();
		return form;
	}

	public Integer getMaxAgeHours() {
		return this.maxAgeHours;
	}

	public void setMaxAgeHours(Integer maxAgeHours) {
		this.maxAgeHours = maxAgeHours;
	}

	public TestRuleKinds getKinds() {
		return this.kinds;
	}

	public void setKinds(TestRuleKinds kinds) {
		this.kinds = kinds;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
