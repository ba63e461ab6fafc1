package org.fugong.dashboard;

/**
 * A resumption rate: {@code resumed / listed} as a fraction rounded to four
 * places (0.8700 is 87%), null when nothing is listed.
 */
public record Rate(long listed, long resumed, Double rate) {

	public static Rate of(long listed, long resumed) {
		return new Rate(listed, resumed, fraction(resumed, listed));
	}

	static Double fraction(long part, long whole) {
		return (whole == 0) ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
	}

}
