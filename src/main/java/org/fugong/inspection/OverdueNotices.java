package org.fugong.inspection;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks notices overdue once their deadline passes without an answer, on one
 * instance at a time (ShedLock); the district's page raises them.
 */
@Component
@RequiredArgsConstructor
class OverdueNotices {

	private static final Logger log = LoggerFactory.getLogger(OverdueNotices.class);

	private final RectificationService rectifications;

	/** Not before the app has started: the demo history is written then, and would race with this job. */
	private volatile boolean started;

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		this.started = true;
	}

	@Scheduled(fixedDelayString = "${fugong.inspections.overdue-check:60s}", initialDelayString = "PT20S")
	@SchedulerLock(name = "inspections.overdue", lockAtMostFor = "PT5M")
	void run() {
		if (!this.started) {
			return;
		}
		try {
			this.rectifications.markOverdue();
		}
		catch (OptimisticLockingFailureException ex) {
			// A notice was answered while the job looked at it: the next run sees it as it is now.
			log.info("A rectification notice changed while it was marked overdue; retrying at the next run");
		}
	}

}
