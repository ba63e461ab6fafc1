package org.fugong.workforce;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.fugong.common.TimeFormat;

/** A district's test rule as it applies; {@code standard} when the district kept the default. */
public record TestRuleView(String districtCode, int maxAgeHours, TestRuleKinds kinds, boolean standard,
		Instant updatedAt, String updatedBy, long version) {

	static TestRuleView standard(String districtCode) {
		return new TestRuleView(districtCode, TestRule.DEFAULT_MAX_AGE_HOURS, TestRuleKinds.EITHER, true, null, null, 0);
	}

	Duration maxAge() {
		return Duration.ofHours(this.maxAgeHours);
	}

	/**
	 * The rule itself, given an employee's latest negatives of each kind and latest
	 * positive of any kind sampled up to {@code at}: a positive stands until the
	 * negatives the rule asks for, sampled after it, clear it.
	 */
	TestStanding judge(Latest latest, Instant at) {
		Instant negative = countable(latest, at);
		boolean clear = negative != null;
		if (latest.positive() != null && !(clear && cleared(latest, latest.positive()))) {
			return TestStanding.POSITIVE;
		}
		return clear ? TestStanding.OK : TestStanding.OVERDUE;
	}

	/**
	 * When an OK standing lapses by itself: the countable negative growing too
	 * old, or for BOTH the end of the day of the antigen or the PCR turning 24 hours old,
	 * whichever comes first; null when the standing is not OK.
	 */
	Instant until(Latest latest, Instant at) {
		if (judge(latest, at) != TestStanding.OK) {
			return null;
		}
		if (this.kinds == TestRuleKinds.BOTH) {
			Instant endOfDay = dayOf(at).plusDays(1).atStartOfDay(TimeFormat.ZONE).toInstant();
			Instant pcrLapses = latest.pcr().plus(PCR_WINDOW);
			return endOfDay.isBefore(pcrLapses) ? endOfDay : pcrLapses;
		}
		return countable(latest, at).plus(maxAge());
	}

	/** The PCR of BOTH counts for 24 hours, the 24th included. */
	static final Duration PCR_WINDOW = Duration.ofHours(24);

	/** The negative that makes the standing OK at {@code at} (for BOTH the older of the two), or null. */
	private Instant countable(Latest latest, Instant at) {
		return switch (this.kinds) {
			case ANTIGEN -> recent(latest.antigen(), at.minus(maxAge()));
			case PCR -> recent(latest.pcr(), at.minus(maxAge()));
			case EITHER -> recent(later(latest.antigen(), latest.pcr()), at.minus(maxAge()));
			case BOTH -> {
				boolean antigenToday = latest.antigen() != null
						&& dayOf(latest.antigen()).equals(dayOf(at));
				Instant pcr = recent(latest.pcr(), at.minus(PCR_WINDOW));
				yield (antigenToday && pcr != null) ? earlier(latest.antigen(), pcr) : null;
			}
		};
	}

	/** Whether the negatives the rule counts were all sampled after the positive. */
	private boolean cleared(Latest latest, Instant positive) {
		return switch (this.kinds) {
			case ANTIGEN -> latest.antigen().isAfter(positive);
			case PCR -> latest.pcr().isAfter(positive);
			case EITHER -> later(latest.antigen(), latest.pcr()).isAfter(positive);
			case BOTH -> latest.antigen().isAfter(positive) && latest.pcr().isAfter(positive);
		};
	}

	private static LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, TimeFormat.ZONE);
	}

	private static Instant recent(Instant sampled, Instant windowStart) {
		return (sampled != null && !sampled.isBefore(windowStart)) ? sampled : null;
	}

	private static Instant later(Instant a, Instant b) {
		return (a == null) ? b : (b == null || a.isAfter(b)) ? a : b;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	/** An employee's latest negative antigen, negative PCR and positive of any kind (each may be null). */
	record Latest(Instant antigen, Instant pcr, Instant positive) {
	}

}
