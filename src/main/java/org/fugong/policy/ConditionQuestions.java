package org.fugong.policy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;


import org.fugong.common.web.FieldChecks.StaffCount;
import org.fugong.enterprise.Industry;

/**
 * A policy's key conditions asked as plain questions (which industries, how
 * many staff, which sizes…): each answered question is one condition row, and
 * the rows of a stored policy answer the questions again.
 */
abstract class ConditionQuestions {

	private Set<Industry> industries = new LinkedHashSet<>();

	@StaffCount
	private Integer staffAtLeast;

	@StaffCount
	private Integer staffAtMost;

	private Set<SizeClass> sizes = new LinkedHashSet<>();

	private Boolean aboveDesignatedSize;

	private Boolean foreignInvested;

	private String regionWithin;

	private String whitelistLevel;

	/** Answers the questions from the conditions of a stored policy. */
	void answer(List<PolicyCondition> conditions) {
	for (PolicyCondition condition : conditions) {
		List<String> values = ConditionKind.list(condition.value());
		switch (condition.kind()) {
			case INDUSTRY_IN -> values.forEach((v) -> this.industries.add(Industry.valueOf(v)));
			case STAFF_AT_LEAST -> this.staffAtLeast = Integer.valueOf(condition.value());
			case STAFF_AT_MOST -> this.staffAtMost = Integer.valueOf(condition.value());
			case SIZE_IN -> values.forEach((v) -> this.sizes.add(SizeClass.valueOf(v)));
			case ABOVE_DESIGNATED_SIZE -> this.aboveDesignatedSize = Boolean.valueOf(condition.value());
			case FOREIGN_INVESTED -> this.foreignInvested = Boolean.valueOf(condition.value());
			case REGION_WITHIN -> this.regionWithin = condition.value();
			case WHITELIST_LEVEL -> this.whitelistLevel = condition.value();
		}
	}
	}

	List<PolicyCondition> conditions() {
		List<PolicyCondition> conditions = new ArrayList<>();
		if (!this.industries.isEmpty()) {
			conditions.add(new PolicyCondition(ConditionKind.INDUSTRY_IN,
					EnumSet.copyOf(this.industries).stream().map(Enum::name).collect(Collectors.joining(","))));
		}
		if (this.staffAtLeast != null) {
			conditions.add(new PolicyCondition(ConditionKind.STAFF_AT_LEAST, this.staffAtLeast.toString()));
		}
		if (this.staffAtMost != null) {
			conditions.add(new PolicyCondition(ConditionKind.STAFF_AT_MOST, this.staffAtMost.toString()));
		}
		if (!this.sizes.isEmpty()) {
			conditions.add(new PolicyCondition(ConditionKind.SIZE_IN,
					EnumSet.copyOf(this.sizes).stream().map(Enum::name).collect(Collectors.joining(","))));
		}
		if (this.aboveDesignatedSize != null) {
			conditions.add(new PolicyCondition(ConditionKind.ABOVE_DESIGNATED_SIZE, this.aboveDesignatedSize.toString()));
		}
		if (this.foreignInvested != null) {
			conditions.add(new PolicyCondition(ConditionKind.FOREIGN_INVESTED, this.foreignInvested.toString()));
		}
		if (this.regionWithin != null && !this.regionWithin.isBlank()) {
			conditions.add(new PolicyCondition(ConditionKind.REGION_WITHIN, this.regionWithin));
		}
		if (this.whitelistLevel != null && !this.whitelistLevel.isBlank()) {
			conditions.add(new PolicyCondition(ConditionKind.WHITELIST_LEVEL, this.whitelistLevel));
		}
		return conditions;
	}

	public Set<Industry> getIndustries() {
		return this.industries;
	}

	public void setIndustries(Set<Industry> industries) {
		this.industries = (industries != null) ? industries : new LinkedHashSet<>();
	}

	public Integer getStaffAtLeast() {
		return this.staffAtLeast;
	}

	public void setStaffAtLeast(Integer staffAtLeast) {
		this.staffAtLeast = staffAtLeast;
	}

	public Integer getStaffAtMost() {
		return this.staffAtMost;
	}

	public void setStaffAtMost(Integer staffAtMost) {
		this.staffAtMost = staffAtMost;
	}

	public Set<SizeClass> getSizes() {
		return this.sizes;
	}

	public void setSizes(Set<SizeClass> sizes) {
		this.sizes = (sizes != null) ? sizes : new LinkedHashSet<>();
	}

	public Boolean getAboveDesignatedSize() {
		return this.aboveDesignatedSize;
	}

	public void setAboveDesignatedSize(Boolean aboveDesignatedSize) {
		this.aboveDesignatedSize = aboveDesignatedSize;
	}

	public Boolean getForeignInvested() {
		return this.foreignInvested;
	}

	public void setForeignInvested(Boolean foreignInvested) {
		this.foreignInvested = foreignInvested;
	}

	public String getRegionWithin() {
		return this.regionWithin;
	}

	public void setRegionWithin(String regionWithin) {
		this.regionWithin = regionWithin;
	}

	public String getWhitelistLevel() {
		return this.whitelistLevel;
	}

	public void setWhitelistLevel(String whitelistLevel) {
		this.whitelistLevel = whitelistLevel;
	}

}
