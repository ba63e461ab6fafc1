package org.fugong.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Personal data kept only as long as it serves: every {@link Retained} kind
 * (text messages with phones and holder links, the cells of bad import rows with
 * ID numbers) is purged once older than {@code fugong.retention.personal-data}
 * (30 days), every hour, by one instance at a time (ShedLock).
 */
@Component
public class PersonalDataRetention {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

	private final List<Retained> kinds;

	private final Clock clock;

	private final Duration retention;

	PersonalDataRetention(List<Retained> kinds, Clock clock,
			@Value("${fugong.retention.personal-data:30d}") Duration retention) {
		this.kinds = kinds;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(initialDelayString = "${fugong.retention.purge-every:PT1H}",
			fixedDelayString = "${fugong.retention.purge-every:PT1H}")
	@SchedulerLock(name = "personal-data-retention", lockAtMostFor = "PT30M")
	public void run() {
		Instant cutoff = this.clock.instant().minus(this.retention);
		for (Retained kind : this.kinds) {
			int purged = kind.purgeBefore(cutoff);
			if (purged > 0) {
				log.info("Purged {} {} older than {}", purged, kind.what(), this.retention);
			}
		}
	}

	/** Personal data a feature keeps for a while, and purges when asked. */
	public interface Retained {

		/** What is purged, for the log ("text messages"). */
		String what();

		/** Purges what was made before the cutoff; answers how many records. */
		int purgeBefore(Instant cutoff);

	}

}
