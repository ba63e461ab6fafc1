package org.fugong.resumption;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fugong.resumption.ApplicationContent.Specialist;

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

	@Column(name = "planned_resume_date")
	private LocalDate plannedResumeDate;

	@Column(name = "returning_staff")
	private int returningStaff;

	@Column(name = "returning_production")
	private Integer returningProduction;

	@Column(name = "returning_office")
	private Integer returningOffice;

	@Column(name = "living_on_site")
	private Integer livingOnSite;

	@Column(name = "dormitory_beds")
	private int dormitoryBeds;

	@Column(name = "closed_loop")
	private String closedLoop;

	private String shifts;

	private String canteen;

	private String notes;

	@Column(name = "sampling_location")
	private String samplingLocation;

	@Column(name = "liaison_name")
	private String liaisonName;

	@Column(name = "liaison_phone")
	private String liaisonPhone;

	@Column(name = "sampler_name")
	private String samplerName;

	@Column(name = "sampler_phone")
	private String samplerPhone;

	@Column(name = "scanner_name")
	private String scannerName;

	@Column(name = "scanner_phone")
	private String scannerPhone;

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

	private void apply(ApplicationContent c) {
		this.plannedResumeDate = c.plannedResumeDate();
		this.returningStaff = c.returningStaff();
		this.returningProduction = c.returningProduction();
		this.returningOffice = c.returningOffice();
		this.livingOnSite = c.livingOnSite();
		this.dormitoryBeds = c.dormitoryBeds();
		this.closedLoop = c.closedLoop();
		this.shifts = c.shifts();
		this.canteen = c.canteen();
		this.notes = c.notes();
		this.samplingLocation = c.samplingLocation();
		this.liaisonName = name(c.liaison());
		this.liaisonPhone = phone(c.liaison());
		this.samplerName = name(c.sampler());
		this.samplerPhone = phone(c.sampler());
		this.scannerName = name(c.scanner());
		this.scannerPhone = phone(c.scanner());
		this.updatedAt = Instant.now();
	}

	ApplicationContent content() {
		return new ApplicationContent(this.plannedResumeDate, this.returningStaff, this.returningProduction,
				this.returningOffice, this.livingOnSite, this.dormitoryBeds, this.closedLoop, this.shifts, this.canteen,
				this.notes, this.samplingLocation, specialist(this.liaisonName, this.liaisonPhone),
				specialist(this.samplerName, this.samplerPhone), specialist(this.scannerName, this.scannerPhone));
	}

	ApplicationHeader header() {
		return new ApplicationHeader((this.id != null) ? this.id : 0L, this.enterpriseId, this.enterpriseName, this.industry, this.districtCode,
				this.townCode, this.state, this.dueAt, this.submittedAt, this.decidedAt, this.createdAt, this.fixItems,
				this.selfCheckId, this.version);
	}

	private static Specialist specialist(String name, String phone) {
		return (name == null && phone == null) ? null : new Specialist(name, phone);
	}

	private static String name(Specialist specialist) {
		return (specialist != null) ? specialist.name() : null;
	}

	private static String phone(Specialist specialist) {
		return (specialist != null) ? specialist.phone() : null;
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
