package org.fugong.inspection;

import java.time.LocalDate;

/**
 * One enterprise on a team's round, most urgent first: {@code priority} 1 has an
 * open notice past its deadline, 2 a notice due today, 3 failed its last
 * inspection, 4 was never inspected, 5 is due a routine visit. {@code staffOnSite}
 * is the latest daily report's figure when {@code staffReported}, else the
 * registered {@code staffCount}.
 */
public record RoundItem(long enterpriseId, String name, String address, String gridCode, int staffCount,
		int staffOnSite, boolean staffReported, LocalDate lastInspectedOn, Boolean lastPassed, int openNotices, Long noticeId, int priority) {
}
