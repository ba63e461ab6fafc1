package org.fugong.policy;

/**
 * Enterprise size by staff, after the industrial thresholds of the national
 * SME classification (revenue, which the platform does not hold, is left out).
 */
public enum SizeClass {

	MICRO, SMALL, MEDIUM, LARGE;

	public static SizeClass ofStaff(int staff) {
		if (staff < 20) {
			return MICRO;
		}
		if (staff < 300) {
			return SMALL;
		}
		return (staff < 1000) ? MEDIUM : LARGE;
	}

}
