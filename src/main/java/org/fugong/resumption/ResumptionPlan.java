package org.fugong.resumption;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.fugong.resumption.ApplicationContent.Specialist;

/**
 * What the enterprise plans, as an application stores it: the date, the staff
 * coming back and how they live and work, and the sampling point with its three
 * specialists. It is replaced whole when the enterprise edits its application.
 */
@Embeddable
class ResumptionPlan {

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

	ResumptionPlan() {
	}

	static ResumptionPlan of(ApplicationContent c) {
		ResumptionPlan plan = new ResumptionPlan();
		plan.plannedResumeDate = c.plannedResumeDate();
		plan.returningStaff = c.returningStaff();
		plan.returningProduction = c.returningProduction();
		plan.returningOffice = c.returningOffice();
		plan.livingOnSite = c.livingOnSite();
		plan.dormitoryBeds = c.dormitoryBeds();
		plan.closedLoop = c.closedLoop();
		plan.shifts = c.shifts();
		plan.canteen = c.canteen();
		plan.notes = c.notes();
		plan.samplingLocation = c.samplingLocation();
		plan.liaisonName = name(c.liaison());
		plan.liaisonPhone = phone(c.liaison());
		plan.samplerName = name(c.sampler());
		plan.samplerPhone = phone(c.sampler());
		plan.scannerName = name(c.scanner());
		plan.scannerPhone = phone(c.scanner());
		return plan;
	}

	ApplicationContent content() {
		return new ApplicationContent(this.plannedResumeDate, this.returningStaff, this.returningProduction,
				this.returningOffice, this.livingOnSite, this.dormitoryBeds, this.closedLoop, this.shifts, this.canteen,
				this.notes, this.samplingLocation, specialist(this.liaisonName, this.liaisonPhone),
				specialist(this.samplerName, this.samplerPhone), specialist(this.scannerName, this.scannerPhone));
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

}
