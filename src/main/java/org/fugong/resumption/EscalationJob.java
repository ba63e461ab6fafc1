package org.fugong.resumption;

import java.time.Instant;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Raises overdue steps to the level above (督办) on one instance at a time
 * (ShedLock); the escalation table's one-per-step key keeps a retry from
 * raising a step twice.
 */
@Component
@RequiredArgsConstructor
class EscalationJob {

	private static final Logger log = LoggerFactory.getLogger(EscalationJob.class);

	private final Escalations escalations;

	/** Not before the app has started: the demo applications are written then. */
	private volatile boolean started;

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		this.started = true;
	}

	@Scheduled(fixedDelayString = "${fugong.applications.escalation-check:PT5M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "applications.escalation", lockAtMostFor = "PT10M")
	void run() {
		if (!this.started) {
			return;
		}
		int raised = this.escalations.escalateOverdue(Instant.now());
		if (raised > 0) {
			log.info("{} overdue application steps raised to the level above", raised);
		}
	}

}
