package org.fugong.resumption;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A resumption application. Its state changes only through the guarded methods
 * below, each of which refuses an illegal transition.
 */
@Entity
@Table(name = "resumption_request")
class ResumptionRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enterprise_id")
	private long enterpriseId;

	@Column(name = "enterprise_name")
	private String enterpriseName;

	private String industry;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "town_code")
	private String townCode;

	@Enumerated(EnumType.STRING)
	private ApplicationState state;

	@Embedded
	private ApplicationContent content;

	@Column(name = "fix_items")
	private String fixItems;

	@Column(name = "self_check_id")
	private Long selfCheckId;

	@Column(name = "due_at")
	private Instant dueAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected ResumptionRequest() {
	}

	ResumptionRequest(long enterpriseId, String enterpriseName, String industry, String districtCode, String townCode,
			ApplicationContent content) {
		this.enterpriseId = enterpriseId;
		this.enterpriseName = enterpriseName;
		this.industry = industry;
		this.districtCode = districtCode;
		this.townCode = townCode;
		this.state = ApplicationState.DRAFT;
		this.createdAt = Instant.now();
		apply(content);
	}

	/** A state change, for the timeline. */
	record Transition(ApplicationState from, ApplicationState to) {
	}

	void edit(ApplicationContent content) {
		if (!this.state.isEditableByEnterprise()) {
			throw new IllegalTransitionException(this.state, "EDIT");
		}
		apply(content);
	}

	Transition submit(long selfCheckId, String enterpriseName, Instant now) {
		if (!this.state.isEditableByEnterprise()) {
			throw new IllegalTransitionException(this.state, "SUBMIT");
		}
		this.selfCheckId = selfCheckId;
		this.enterpriseName = enterpriseName;
		this.submittedAt = now;
		return moveTo(ApplicationState.SUBMITTED, now);
	}

	/**
	 * An official's decision. {@code passed} matters only for the site visit: a
	 * failed visit returns the application for the findings to be fixed.
	 */
	Transition decide(DecisionAction action, Boolean passed, String opinion, Instant now) {
		ApplicationState next = switch (action) {
			case ACCEPT -> require(ApplicationState.SUBMITTED, action, ApplicationState.ACCEPTED);
			case RETURN -> {
				if (this.state != ApplicationState.SUBMITTED && this.state != ApplicationState.ACCEPTED) {
					throw new IllegalTransitionException(this.state, action.name());
				}
				yield ApplicationState.RETURNED;
			}
			case APPROVE_MATERIALS -> require(ApplicationState.ACCEPTED, action, ApplicationState.MATERIALS_APPROVED);
			case RECORD_SITE_VISIT -> require(ApplicationState.MATERIALS_APPROVED, action,
					Boolean.TRUE.equals(passed) ? ApplicationState.SITE_VERIFIED : ApplicationState.RETURNED);
			case REJECT -> {
				if (this.state != ApplicationState.ACCEPTED && this.state != ApplicationState.SITE_VERIFIED) {
					throw new IllegalTransitionException(this.state, action.name());
				}
				yield ApplicationState.REJECTED;
			}
			case APPROVE -> require(ApplicationState.SITE_VERIFIED, action, ApplicationState.APPROVED);
		};
		if (next == ApplicationState.RETURNED) {
			this.fixItems = opinion;
		}
		return moveTo(next, now);
	}

	/**
	 * An appeal against the rejection was upheld: the application goes back to the
	 * enterprise to be fixed and resubmitted, its history kept.
	 */
	Transition overturnRejection(String fixItems, Instant now) {
		if (this.state != ApplicationState.REJECTED) {
			throw new IllegalTransitionException(this.state, "OVERTURN_REJECTION");
		}
		this.fixItems = fixItems;
		this.decidedAt = null;
		return moveTo(ApplicationState.RETURNED, now);
	}

	/**
	 * Moves the due time of the step the application waits for, as the working
	 * calendar (with its public holidays) counts it; nothing when it waits for nobody.
	 */
	void scheduleDue(Instant due) {
		if (this.dueAt != null) {
			this.dueAt = due;
		}
	}

	private ApplicationState require(ApplicationState expected, DecisionAction action, ApplicationState next) {
		if (this.state != expected) {
			throw new IllegalTransitionException(this.state, action.name());
		}
		return next;
	}

	private Transition moveTo(ApplicationState next, Instant now) {
		ApplicationState from = this.state;
		this.state = next;
		this.updatedAt = now;
		this.dueAt = (next.waitsFor() != null) ? WorkingDays.after(now, WorkingDays.STEP_DAYS) : null;
		if (next.isFinal()) {
			this.decidedAt = now;
		}
		return new Transition(from, next);
	}

	private void apply(ApplicationContent content) {
		this.content = content;
		this.updatedAt = Instant.now();
	}

	ApplicationContent content() {
		return this.content;
	}

	ApplicationHeader header() {
		return new ApplicationHeader((this.id != null) ? this.id : 0L, this.enterpriseId, this.enterpriseName, this.industry, this.districtCode,
				this.townCode, this.state, this.dueAt, this.submittedAt, this.decidedAt, this.createdAt, this.fixItems,
				this.selfCheckId, this.version);
	}

	Long getId() {
		return this.id;
	}

	long getEnterpriseId() {
		return this.enterpriseId;
	}

	ApplicationState getState() {
		return this.state;
	}

	long getVersion() {
		return this.version;
	}

	String getEnterpriseName() {
		return this.enterpriseName;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	String getTownCode() {
		return this.townCode;
	}

}
