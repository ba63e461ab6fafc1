package org.fugong.workforce.imports;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The bad rows of an import keep their cells (ID numbers, phones) only so that
 * the enterprise can download, correct and import them again; once the import
 * is older than the retention ({@code fugong.retention.personal-data}, 30 days)
 * the cells are erased, the line and the reason stay. One instance runs it at a
 * time (ShedLock).
 */
@Component
class ImportErrorRetention {

	private static final Logger log = LoggerFactory.getLogger(ImportErrorRetention.class);

	private final ImportJobs jobs;

	private final Clock clock;

	private final Duration retention;

	ImportErrorRetention(ImportJobs jobs, Clock clock,
			@Value("${fugong.retention.personal-data:30d}") Duration retention) {
		this.jobs = jobs;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(initialDelayString = "${fugong.retention.purge-every:PT1H}",
			fixedDelayString = "${fugong.retention.purge-every:PT1H}")
	@SchedulerLock(name = "import-error-retention", lockAtMostFor = "PT30M")
	void run() {
		int purged = this.jobs.eraseCellsOfJobsCreatedBefore(this.clock.instant().minus(this.retention));
		if (purged > 0) {
			log.info("Erased the cells of {} bad import row(s) older than {}", purged, this.retention);
		}
	}

}
