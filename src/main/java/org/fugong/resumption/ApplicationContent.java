package org.fugong.resumption;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What the enterprise writes in its application, stored with it as written and
 * replaced whole when the enterprise edits it.
 */
@Embeddable
record ApplicationContent(@Column(name = "planned_resume_date") LocalDate plannedResumeDate,
		@Column(name = "returning_staff") int returningStaff,
		@Column(name = "returning_production") Integer returningProduction,
		@Column(name = "returning_office") Integer returningOffice, @Column(name = "living_on_site") Integer livingOnSite,
		@Column(name = "dormitory_beds") int dormitoryBeds, @Column(name = "closed_loop") String closedLoop,
		String shifts, String canteen, String notes, @Column(name = "sampling_location") String samplingLocation,
		@AttributeOverride(name = "name", column = @Column(name = "liaison_name"))
		@AttributeOverride(name = "phone", column = @Column(name = "liaison_phone")) Specialist liaison,
		@AttributeOverride(name = "name", column = @Column(name = "sampler_name"))
		@AttributeOverride(name = "phone", column = @Column(name = "sampler_phone")) Specialist sampler,
		@AttributeOverride(name = "name", column = @Column(name = "scanner_name"))
		@AttributeOverride(name = "phone", column = @Column(name = "scanner_phone")) Specialist scanner) {

	/** 一企一点三专员: from this many returning staff the enterprise runs its own sampling point. */
	static final int SAMPLING_POINT_THRESHOLD = 100;

	/** A person named for the sampling point; stored with neither name nor phone, there is none. */
	@Embeddable
	record Specialist(String name, String phone) {

		@JsonIgnore
		boolean isNamed() {
			return this.name != null && !this.name.isBlank() && this.phone != null && !this.phone.isBlank();
		}

	}

	boolean needsSamplingPoint() {
		return this.returningStaff >= SAMPLING_POINT_THRESHOLD;
	}

}
