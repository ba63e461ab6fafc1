package org.fugong.dashboard;

import java.time.LocalDate;

import org.fugong.security.Jurisdiction;

/**
 * What the figures cover: a scope (district and town codes, null meaning any)
 * inside the caller's jurisdiction, the region asked for (null: the whole
 * jurisdiction), and the days {@code from..to} inclusive (Asia/Shanghai). Day
 * figures ("today") are those of {@code to}.
 */
public record StatsFilter(String districtCode, String townCode, String region, LocalDate from, LocalDate to) {

	/** The longest range the dashboard draws. */
	public static final int MAX_DAYS = 92;

	/** The range when none is given: the last fourteen days up to today. */
	public static final int DEFAULT_DAYS = 14;

	/** The district and town as the owners' figures take them. */
	public Jurisdiction scope() {
		return new Jurisdiction(this.districtCode, this.townCode);
	}

}
