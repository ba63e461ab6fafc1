package org.fugong.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fugong.common.SafeHtml;
import org.fugong.common.SearchTokens;
import org.fugong.common.domain.AuditedEntity;

@Entity
@Table(name = "policy")
class Policy extends AuditedEntity {

	enum Status {

		PUBLISHED, WITHDRAWN

	}

	private String title;

	private String issuer;

	@Column(name = "doc_number")
	private String docNumber;

	@Enumerated(EnumType.STRING)
	private PolicyLevel level;

	@Column(name = "region_code")
	private String regionCode;

	private String summary;

	private String body;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "effective_from")
	private LocalDate effectiveFrom;

	@Column(name = "expires_on")
	private LocalDate expiresOn;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "withdrawn_reason")
	private String withdrawnReason;

	@Column(name = "search_tokens")
	private String searchTokens;

	@ElementCollection
	@CollectionTable(name = "policy_category", joinColumns = @JoinColumn(name = "policy_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "category")
	private Set<PolicyCategory> categories = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "policy_condition", joinColumns = @JoinColumn(name = "policy_id"))
	@OrderColumn(name = "position")
	private List<PolicyCondition> conditions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "policy_guidance", joinColumns = @JoinColumn(name = "policy_id"))
	@Column(name = "guidance_id")
	private Set<Long> guidanceIds = new LinkedHashSet<>();

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Policy() {
	}

	Policy(PolicyContent content, String createdBy) {
		super(createdBy, Instant.now());
		this.status = Status.PUBLISHED;
		apply(content);
	}

	/** Everything an official writes about a policy; its level and region decide who maintains it. */
	record PolicyContent(String title, String issuer, String docNumber, PolicyLevel level, String regionCode,
			String summary, String body, LocalDate publishedOn, LocalDate effectiveFrom, LocalDate expiresOn,
			Set<PolicyCategory> categories, List<PolicyCondition> conditions, Set<Long> guidanceIds) {
	}

	void update(PolicyContent content) {
		apply(content);
	}

	void withdraw(String reason) {
		if (this.status == Status.WITHDRAWN) {
			throw new IllegalStateException("Policy " + getId() + " is already withdrawn");
		}
		this.status = Status.WITHDRAWN;
		this.withdrawnReason = reason;
		this.updatedAt = Instant.now();
	}

	boolean isInEffectOn(LocalDate day) {
		return this.status == Status.PUBLISHED && !this.effectiveFrom.isAfter(day)
				&& (this.expiresOn == null || !this.expiresOn.isBefore(day));
	}

	private void apply(PolicyContent content) {
		this.title = content.title();
		this.issuer = content.issuer();
		this.docNumber = content.docNumber();
		this.level = content.level();
		this.regionCode = (content.level() == PolicyLevel.NATIONAL) ? null : content.regionCode();
		this.summary = content.summary();
		this.body = SafeHtml.sanitize(content.body());
		this.publishedOn = content.publishedOn();
		this.effectiveFrom = content.effectiveFrom();
		this.expiresOn = content.expiresOn();
		this.categories.clear();
		this.categories.addAll(content.categories().isEmpty() ? EnumSet.noneOf(PolicyCategory.class)
				: EnumSet.copyOf(content.categories()));
		this.conditions.clear();
		this.conditions.addAll(content.conditions());
		this.guidanceIds.clear();
		this.guidanceIds.addAll(content.guidanceIds());
		this.searchTokens = SearchTokens
			.ofDocument(this.title + " " + this.issuer + " " + nullToEmpty(this.docNumber) + " " + this.summary + " "
					+ SafeHtml.plainText(this.body));
		this.updatedAt = Instant.now();
	}

	PolicyDetail toDetail() {
		return new PolicyDetail(getId(), this.title, this.issuer, this.docNumber, this.level, this.regionCode,
				this.summary, this.body, this.publishedOn, this.effectiveFrom, this.expiresOn,
				this.status == Status.WITHDRAWN, this.withdrawnReason, List.copyOf(this.categories),
				List.copyOf(this.conditions), List.copyOf(this.guidanceIds), this.version);
	}

	PolicyLevel getLevel() {
		return this.level;
	}

	String getRegionCode() {
		return this.regionCode;
	}

	List<PolicyCondition> getConditions() {
		return this.conditions;
	}

	long getVersion() {
		return this.version;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
