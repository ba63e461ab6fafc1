package org.fugong.policy;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fugong.policy.Policy.PolicyContent;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The policy editor: the policy's text, dates and categories; its key
 * conditions are the questions of {@link ConditionQuestions}.
 */
class PolicyForm extends ConditionQuestions {

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
		form.answer(policy.conditions());
		form.version = policy.version();
		return form;
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

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
