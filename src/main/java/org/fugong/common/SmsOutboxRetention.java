package org.fugong.common;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Text messages carry phone numbers and holder links; once older than the
 * retention ({@code fugong.retention.personal-data}, 30 days) they serve nobody
 * and are deleted, sent or not. One instance runs it at a time (ShedLock).
 */
@Component
class SmsOutboxRetention {

	private static final Logger log = LoggerFactory.getLogger(SmsOutboxRetention.class);

	private final SmsOutbox outbox;

	private final Clock clock;

	private final Duration retention;

	SmsOutboxRetention(SmsOutbox outbox, Clock clock,
			@Value("${fugong.retention.personal-data:30d}") Duration retention) {
		this.outbox = outbox;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(initialDelayString = "${fugong.retention.purge-every:PT1H}",
			fixedDelayString = "${fugong.retention.purge-every:PT1H}")
	@SchedulerLock(name = "sms-outbox-retention", lockAtMostFor = "PT30M")
	void run() {
		int purged = this.outbox.purgeCreatedBefore(this.clock.instant().minus(this.retention));
		if (purged > 0) {
			log.info("Deleted {} text message(s) older than {}", purged, this.retention);
		}
	}

}
