package org.fugong.workforce;

import java.time.Duration;
import java.time.Instant;

/** A district's test rule as it applies; {@code standard} when the district kept the default. */
public record TestRuleView(String districtCode, int maxAgeHours, TestRuleKinds kinds, boolean standard,
		Instant updatedAt, String updatedBy, long version) {

	static TestRuleView standard(String districtCode) {
		return new TestRuleView(districtCode, TestRule.DEFAULT_MAX_AGE_HOURS, TestRuleKinds.BOTH, true, null, null, 0);
	}

	Duration maxAge() {
		return Duration.ofHours(this.maxAgeHours);
	}

	/**
	 * The rule itself, given an employee's latest countable negative and latest
	 * positive of any kind sampled up to {@code at}: a positive stands until a
	 * negative sampled after it and within the window clears it.
	 */
	TestStanding judge(Instant latestNegative, Instant latestPositive, Instant at) {
		Instant windowStart = at.minus(maxAge());
		boolean recentNegative = latestNegative != null && !latestNegative.isBefore(windowStart);
		if (latestPositive != null && !(recentNegative && latestNegative.isAfter(latestPositive))) {
			return TestStanding.POSITIVE;
		}
		return recentNegative ? TestStanding.OK : TestStanding.OVERDUE;
	}

}
