package org.fugong.inspection;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks notices overdue once their deadline passes without an answer, on one
 * instance at a time (ShedLock); the district's page raises them.
 */
@Component
class OverdueNotices {

	private final RectificationService rectifications;

	OverdueNotices(RectificationService rectifications) {
		this.rectifications = rectifications;
	}

	@Scheduled(fixedDelayString = "${fugong.inspections.overdue-check:60s}", initialDelayString = "PT20S")
	@SchedulerLock(name = "inspections.overdue", lockAtMostFor = "PT5M")
	void run() {
		this.rectifications.markOverdue();
	}

}
