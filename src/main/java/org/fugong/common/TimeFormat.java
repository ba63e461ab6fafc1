package org.fugong.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Times are stored in UTC and shown in Asia/Shanghai; templates call it as {@code @timeFormat}.
 */
@Component("timeFormat")
public class TimeFormat {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant) : "";
	}

	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant) : "";
	}

	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

}
