package org.fugong.inspection;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Grid inspections: how long an enterprise has to answer a notice (24 hours by
 * default), within how many days the same aspect failing again allows a
 * production stop (14), and how often the overdue job looks.
 */
@ConfigurationProperties("fugong.inspections")
record InspectionProperties(Duration answerWithin, Duration repeatWindow, Duration overdueCheck) {

	InspectionProperties {
		if (answerWithin == null) {
			answerWithin = Duration.ofHours(24);
		}
		if (repeatWindow == null) {
			repeatWindow = Duration.ofDays(14);
		}
		if (overdueCheck == null) {
			overdueCheck = Duration.ofMinutes(1);
		}
	}

}
