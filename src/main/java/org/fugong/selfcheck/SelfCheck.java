package org.fugong.selfcheck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One self-check of an enterprise: a draft while it is being filled in, then a
 * submitted check whose result is fixed.
 */
@Entity
@Table(name = "selfcheck")
class SelfCheck {

	enum Status {

		DRAFT, SUBMITTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enterprise_id")
	private long enterpriseId;

	@Column(name = "template_version")
	private int templateVersion;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Boolean passed;

	@Embedded
	private SiteFacts site = SiteFacts.NOTHING_SAID;

	@Column(name = "checked_by")
	private String checkedBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "checked_at")
	private Instant checkedAt;

	@ElementCollection
	@CollectionTable(name = "selfcheck_answer", joinColumns = @JoinColumn(name = "selfcheck_id"))
	private List<Answer> answers = new ArrayList<>();

	@Version
	private long version;

	protected SelfCheck() {
	}

	SelfCheck(long enterpriseId, int templateVersion, String checkedBy) {
		this.enterpriseId = enterpriseId;
		this.templateVersion = templateVersion;
		this.checkedBy = checkedBy;
		this.status = Status.DRAFT;
		this.createdAt = Instant.now();
	}

	/** Replaces the facts and answers of a draft; files already attached stay unless replaced. */
	void record(CheckTemplate template, SiteFacts site, List<Answer> newAnswers, String by) {
		requireDraft();
		this.templateVersion = template.version();
		this.site = site;
		this.checkedBy = by;
		this.answers.clear();
		this.answers.addAll(newAnswers);
	}

	/** Fixes the result: passed when every applicable mandatory item is met. */
	void submit() {
		requireDraft();
		this.status = Status.SUBMITTED;
		this.checkedAt = Instant.now();
		this.passed = this.answers.stream().filter(Answer::isMandatory).allMatch(Answer::isMet);
	}

	private void requireDraft() {
		if (this.status != Status.DRAFT) {
			throw new IllegalStateException("Self-check " + this.id + " is already submitted");
		}
	}

	Optional<Answer> answer(String code) {
		return this.answers.stream().filter((a) -> a.getCode().equals(code)).findFirst();
	}

	SiteFacts site() {
		return this.site;
	}

	SelfCheckResult toResult() {
		List<Answer> ordered = this.answers.stream().sorted(Comparator.comparingInt((a) -> a.item().position())).toList();
		List<SelfCheckResult.ItemResult> items = ordered.stream()
			.map((a) -> new SelfCheckResult.ItemResult(a.item(), a.isApplicable(), a.getSatisfied(), a.getNote(),
					a.getFileName(), a.isMet(), a.isMet() ? null : a.shortfall()))
			.toList();
		return new SelfCheckResult((this.id != null) ? this.id : 0L, this.enterpriseId, this.templateVersion, this.status == Status.DRAFT,
				Boolean.TRUE.equals(this.passed), site(), this.checkedBy, this.checkedAt, items);
	}

	Long getId() {
		return this.id;
	}

	long getEnterpriseId() {
		return this.enterpriseId;
	}

	boolean isDraft() {
		return this.status == Status.DRAFT;
	}

}
