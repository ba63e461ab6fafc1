package org.fugong.workforce;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import org.fugong.common.TimeFormat;
import org.fugong.workforce.TestRuleView.Latest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule's kinds at their boundaries: BOTH (一日两测) wants an antigen sampled on
 * the day (Asia/Shanghai) and a PCR within the last 24 hours, the 24th hour
 * included; EITHER keeps the old meaning (a negative of either kind within the
 * valid time).
 */
class TestRuleKindsTests {

	private static final Instant NOON = at(2026, 12, 6, 12, 0);

	private static final TestRuleView BOTH = rule(TestRuleKinds.BOTH, 48);

	private static final TestRuleView EITHER = rule(TestRuleKinds.EITHER, 48);

	@Test
	void bothNeedsAnAntigenOnTheDayAndAPcrWithinTwentyFourHours() {
		Instant antigen = at(2026, 12, 6, 7, 30);
		Instant pcr = NOON.minus(Duration.ofHours(24));
		assertThat(BOTH.judge(new Latest(antigen, pcr, null), NOON)).isEqualTo(TestStanding.OK);
		assertThat(BOTH.judge(new Latest(antigen, pcr.minusSeconds(1), null), NOON)).isEqualTo(TestStanding.OVERDUE);
		assertThat(BOTH.judge(new Latest(antigen, null, null), NOON)).isEqualTo(TestStanding.OVERDUE);
		assertThat(BOTH.judge(new Latest(null, pcr, null), NOON)).isEqualTo(TestStanding.OVERDUE);
	}

	@Test
	void bothWantsTheAntigenOfTheSameCalendarDayInShanghai() {
		Instant pcr = at(2026, 12, 5, 18, 0);
		Instant lastNight = at(2026, 12, 5, 23, 59);
		Instant midnight = at(2026, 12, 6, 0, 0);
		assertThat(BOTH.judge(new Latest(lastNight, pcr, null), NOON)).isEqualTo(TestStanding.OVERDUE);
		assertThat(BOTH.judge(new Latest(midnight, pcr, null), NOON)).isEqualTo(TestStanding.OK);
	}

	@Test
	void bothLapsesAtMidnightOrWhenThePcrTurnsTwentyFourHoursOld() {
		Instant antigen = at(2026, 12, 6, 7, 30);
		Instant earlyPcr = at(2026, 12, 5, 18, 0);
		TestStatus early = new TestStatus(BOTH.judge(new Latest(antigen, earlyPcr, null), NOON),
				BOTH.until(new Latest(antigen, earlyPcr, null), NOON));
		assertThat(early.until()).isEqualTo(at(2026, 12, 6, 18, 0));
		Instant latePcr = at(2026, 12, 6, 9, 0);
		assertThat(BOTH.until(new Latest(antigen, latePcr, null), NOON)).isEqualTo(at(2026, 12, 7, 0, 0));
	}

	@Test
	void aPositiveStandsUntilBothNegativesAreSampledAfterIt() {
		Instant positive = at(2026, 12, 6, 8, 0);
		Instant antigenAfter = at(2026, 12, 6, 11, 0);
		Instant pcrBefore = at(2026, 12, 5, 20, 0);
		Instant pcrAfter = at(2026, 12, 6, 11, 30);
		assertThat(BOTH.judge(new Latest(antigenAfter, pcrBefore, positive), NOON)).isEqualTo(TestStanding.POSITIVE);
		assertThat(BOTH.judge(new Latest(antigenAfter, pcrAfter, positive), NOON)).isEqualTo(TestStanding.OK);
	}

	@Test
	void eitherKeepsTheOldMeaning() {
		Instant old = NOON.minus(Duration.ofHours(48));
		assertThat(EITHER.judge(new Latest(null, old, null), NOON)).isEqualTo(TestStanding.OK);
		assertThat(EITHER.judge(new Latest(old.minusSeconds(1), null, null), NOON)).isEqualTo(TestStanding.OVERDUE);
		assertThat(EITHER.until(new Latest(old, null, null), NOON)).isEqualTo(NOON);
		assertThat(EITHER.judge(new Latest(NOON.minusSeconds(60), null, NOON.minusSeconds(120)), NOON))
			.isEqualTo(TestStanding.OK);
		assertThat(rule(TestRuleKinds.PCR, 48).judge(new Latest(NOON.minusSeconds(60), null, null), NOON))
			.isEqualTo(TestStanding.OVERDUE);
		assertThat(TestRuleView.standard("310117").kinds()).isEqualTo(TestRuleKinds.EITHER);
	}

	private static TestRuleView rule(TestRuleKinds kinds, int hours) {
		return new TestRuleView("310117", hours, kinds, false, null, null, 1);
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(TimeFormat.ZONE).toInstant();
	}

}
