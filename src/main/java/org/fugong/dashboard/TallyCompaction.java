package org.fugong.dashboard;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.fugong.gate.ScanFigures;
import org.fugong.workforce.WorkforceFigures;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Has the owners fold the delta rows that the triggers of {@code V15} append to
 * their summary tables ({@code test_day_tally} the workforce, {@code scan_hour_tally}
 * the gate) into one row per group, once a minute on one instance: the figures
 * stay the same, the tables stay small. A delta appended while this runs is not
 * seen by its DELETE and is folded next time.
 */
@Component
@RequiredArgsConstructor
class TallyCompaction {

	private final WorkforceFigures workforce;

	private final ScanFigures scans;

	@Scheduled(fixedDelayString = "${fugong.dashboard.compaction-interval:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "dashboard-tally-compaction", lockAtMostFor = "PT10M")
	public void compact() {
		this.workforce.compactTally();
		this.scans.compactTally();
	}

}
