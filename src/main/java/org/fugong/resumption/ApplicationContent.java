package org.fugong.resumption;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What the enterprise writes in its application.
 */
record ApplicationContent(LocalDate plannedResumeDate, int returningStaff, Integer returningProduction,
		Integer returningOffice, Integer livingOnSite, int dormitoryBeds, String closedLoop, String shifts,
		String canteen, String notes, String samplingLocation, Specialist liaison, Specialist sampler,
		Specialist scanner) {

	/** 一企一点三专员: from this many returning staff the enterprise runs its own sampling point. */
	static final int SAMPLING_POINT_THRESHOLD = 100;

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
