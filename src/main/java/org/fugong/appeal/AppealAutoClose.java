package org.fugong.appeal;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes answers left unrated past the window (7 days by default); they count as
 * unrated, never as satisfied. One instance runs it at a time (ShedLock).
 */
@Component
@RequiredArgsConstructor
class AppealAutoClose {

	private static final Logger log = LoggerFactory.getLogger(AppealAutoClose.class);

	private final AppealClosing appeals;

	@Scheduled(initialDelayString = "${fugong.appeals.auto-close-every:PT1H}",
			fixedDelayString = "${fugong.appeals.auto-close-every:PT1H}")
	@SchedulerLock(name = "appeals-auto-close", lockAtMostFor = "PT30M")
	void run() {
		int closed = this.appeals.closeUnratedAnswers();
		if (closed > 0) {
			log.info("Closed {} unrated appeal answers", closed);
		}
	}

}
