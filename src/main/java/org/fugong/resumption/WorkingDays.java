package org.fugong.resumption;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.fugong.common.TimeFormat;

/**
 * Due times counted in working days (Monday to Friday, Asia/Shanghai): what an
 * application knows by itself. The service then asks
 * {@link org.fugong.common.WorkingCalendar}, which also knows the public holidays
 * and the adjusted weekend work days, and moves the due time accordingly.
 */
final class WorkingDays {

	static final int STEP_DAYS = 2;

	private WorkingDays() {
	}

	static Instant after(Instant start, int days) {
		ZonedDateTime time = start.atZone(TimeFormat.ZONE);
		int added = 0;
		while (added < days) {
			time = time.plusDays(1);
			if (time.getDayOfWeek() != DayOfWeek.SATURDAY && time.getDayOfWeek() != DayOfWeek.SUNDAY) {
				added++;
			}
		}
		return time.toInstant();
	}

}
