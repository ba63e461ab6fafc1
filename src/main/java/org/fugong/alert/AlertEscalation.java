package org.fugong.alert;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once a minute, on one instance at a time (ShedLock), alerts open for 30 minutes go up to the district. */
@Component
@RequiredArgsConstructor
class AlertEscalation {

	private final Alerts alerts;

	@Scheduled(fixedDelayString = "${fugong.alerts.escalation-check:60s}", initialDelayString = "PT30S")
	@SchedulerLock(name = "alerts.escalation", lockAtMostFor = "PT5M")
	void run() {
		this.alerts.escalateOverdue();
	}

}
