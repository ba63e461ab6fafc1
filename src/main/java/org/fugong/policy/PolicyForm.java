package org.fugong.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fugong.enterprise.Industry;
import org.fugong.policy.Policy.PolicyContent;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The policy editor. Key conditions are asked as plain questions (which
 * industries, how many staff, which sizes…) and become condition rows.
 */
class PolicyForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.size.max300}")
	private String title;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.size.max200}")
	private String issuer;

	@Size(max = 100, message = "{validation.size.max100}")
	private String docNumber;

	@NotNull(message = "{validation.required}")
	private PolicyLevel level;

	@NotBlank(message = "{validation.required}")
	@Size(max = 1000, message = "{validation.size.max1000}")
	private String summary;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200000, message = "{validation.size.body}")
	private String body;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishedOn;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expiresOn;

	@NotEmpty(message = "{policy.categories.required}")
	private Set<PolicyCategory> categories = new LinkedHashSet<>();

	private Set<Long> guidanceIds = new LinkedHashSet<>();

	private Set<Industry> industries = new LinkedHashSet<>();

	@Min(value = 0, message = "{validation.staffCount.range}")
	@Max(value = 1000000, message = "{validation.staffCount.range}")
	private Integer staffAtLeast;

	@Min(value = 0, message = "{validation.staffCount.range}")
	@Max(value = 1000000, message = "{validation.staffCount.range}")
	private Integer staffAtMost;

	private Set<SizeClass> sizes = new LinkedHashSet<>();

	private Boolean aboveDesignatedSize;

	private Boolean foreignInvested;

	private String regionWithin;

	private String whitelistLevel;

	private Long version;

	static PolicyForm of(PolicyDetail policy) {
		PolicyForm form = new PolicyForm();
		form.title = policy.title();
		form.issuer = policy.issuer();
		form.docNumber = policy.docNumber();
		form.level = policy.level();
		form.summary = policy.summary();
		form.body = policy.body();
		form.publishedOn = policy.publishedOn();
		form.effectiveFrom = policy.effectiveFrom();
		form.expiresOn = policy.expiresOn();
		form.categories = new LinkedHashSet<>(policy.categories());
		form.guidanceIds = new LinkedHashSet<>(policy.guidanceIds());
		for (PolicyCondition condition : policy.conditions()) {
			List<String> values = ConditionKind.list(condition.value());
			switch (condition.kind()) {
				case INDUSTRY_IN -> values.forEach((v) -> form.industries.add(Industry.valueOf(v)));
				case STAFF_AT_LEAST -> form.staffAtLeast = Integer.valueOf(condition.value());
				case STAFF_AT_MOST -> form.staffAtMost = Integer.valueOf(condition.value());
				case SIZE_IN -> values.forEach((v) -> form.sizes.add(SizeClass.valueOf(v)));
				case ABOVE_DESIGNATED_SIZE -> form.aboveDesignatedSize = Boolean.valueOf(condition.value());
				case FOREIGN_INVESTED -> form.foreignInvested = Boolean.valueOf(condition.value());
				case REGION_WITHIN -> form.regionWithin = condition.value();
				case WHITELIST_LEVEL -> form.whitelistLevel = condition.value();
			}
		}
		form.version = policy.version();
		return form;
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

	PolicyContent toContent() {
		return new PolicyContent(this.title, this.issuer, this.docNumber, this.level, null, this.summary, this.body,
				this.publishedOn, this.effectiveFrom, this.expiresOn, this.categories, conditions(), this.guidanceIds);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getDocNumber() {
		return this.docNumber;
	}

	public void setDocNumber(String docNumber) {
		this.docNumber = docNumber;
	}

	public PolicyLevel getLevel() {
		return this.level;
	}

	public void setLevel(PolicyLevel level) {
		this.level = level;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public void setEffectiveFrom(LocalDate effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

	public Set<PolicyCategory> getCategories() {
		return this.categories;
	}

	public void setCategories(Set<PolicyCategory> categories) {
		this.categories = (categories != null) ? categories : new LinkedHashSet<>();
	}

	public Set<Long> getGuidanceIds() {
		return this.guidanceIds;
	}

	public void setGuidanceIds(Set<Long> guidanceIds) {
		this.guidanceIds = (guidanceIds != null) ? guidanceIds : new LinkedHashSet<>();
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

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
