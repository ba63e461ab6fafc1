package org.fugong.appeal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The appeal deadlines in working days ({@code fugong.appeals.*}) and the
 * calendar-day windows for closing an unrated answer and for reopening.
 */
@ConfigurationProperties("fugong.appeals")
record AppealProperties(Integer firstResponseDays, Integer resolutionDays, Integer autoCloseDays,
		Integer reopenDays) {

	AppealProperties {
		firstResponseDays = (firstResponseDays != null) ? firstResponseDays : 1;
		resolutionDays = (resolutionDays != null) ? resolutionDays : 3;
		autoCloseDays = (autoCloseDays != null) ? autoCloseDays : 7;
		reopenDays = (reopenDays != null) ? reopenDays : 7;
	}

}
