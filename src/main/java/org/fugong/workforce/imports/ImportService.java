package org.fugong.workforce.imports;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.fugong.common.CsvFiles;
import org.fugong.common.JobMetrics;
import org.fugong.common.NotFoundException;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.workforce.imports.ImportJobs.ErrorRow;
import org.fugong.workforce.imports.ImportJobs.Job;
import org.fugong.workforce.imports.ImportRun.Problem;
import org.fugong.workforce.imports.ImportRun.Written;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV imports of the roster, of test results and of health declarations, run in the background on a
 * small bounded pool of this module's own (not the application's shared
 * executor). The request reads the file (encoding, header, row count) and
 * answers with the job's id at once; the worker checks the rows and writes the
 * good ones a chunk of {@link #CHUNK} at a time, each chunk one transaction
 * that also stores the chunk's bad rows and the progress. Bad rows are
 * reported in the language of the request that started the import. Job state
 * lives in the database ({@link ImportJobs}): any instance answers, and a job
 * whose instance died (its heartbeat stopped) is marked failed when an instance
 * starts, by every instance's heartbeat, and when the job is asked about. Row
 * contents are never logged.
 */
@Service
class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	static final int CHUNK = 1000;

	private final ImportJobs jobs;

	private final RosterImport roster;

	private final TestImport tests;

	private final HealthImport health;

	private final MessageSource messages;

	private final AuditService audit;

	private final TransactionTemplate writing;

	private final ThreadPoolTaskExecutor workers;

	private final ScheduledExecutorService heart;

	/** The jobs this instance runs or has queued, whose heartbeat it keeps. */
	private final JobMetrics metrics;

	private final Set<String> live = ConcurrentHashMap.newKeySet();

	ImportService(ImportJobs jobs, RosterImport roster, TestImport tests, HealthImport health, MessageSource messages, AuditService audit,
			PlatformTransactionManager transactions, @Value("${fugong.workforce.import-threads:2}") int threads,
			@Value("${fugong.workforce.import-queue:8}") int queue, JobMetrics metrics) {
		this.jobs = jobs;
		this.metrics = metrics;
		this.roster = roster;
		this.tests = tests;
		this.health = health;
		this.messages = messages;
		this.audit = audit;
		this.writing = new TransactionTemplate(transactions);
		this.workers = new ThreadPoolTaskExecutor();
		this.workers.setCorePoolSize(threads);
		this.workers.setMaxPoolSize(threads);
		this.workers.setQueueCapacity(queue);
		this.workers.setThreadNamePrefix("workforce-import-");
		this.workers.setWaitForTasksToCompleteOnShutdown(false);
		this.workers.initialize();
		this.heart = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "workforce-import-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		long beat = ImportJobs.BEAT.toSeconds();
		this.heart.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.SECONDS);
	}

	/**
	 * Starts an import: reads the file now (a file unusable as a whole is a 400 on
	 * field {@code file}), then checks and writes its rows in the background.
	 */
	String start(CurrentUser user, ImportKind kind, byte[] content, String filename, Locale locale) {
		long enterpriseId = user.requireEnterpriseId();
		WorkforceCsv.Sheet sheet = switch (kind) {
			case EMPLOYEES -> WorkforceCsv.read(content, RosterImport.COLUMNS, RosterImport.REQUIRED);
			case TESTS -> WorkforceCsv.read(content, TestImport.COLUMNS, TestImport.REQUIRED);
			case HEALTH -> WorkforceCsv.read(content, HealthImport.COLUMNS, HealthImport.REQUIRED);
		};
		String id = UUID.randomUUID().toString();
		String name = (filename != null && filename.length() > 200) ? filename.substring(0, 200) : filename;
		this.jobs.create(id, enterpriseId, kind, locale, name, sheet.rows().size(), WorkforceCsv.line(sheet.header()),
				user.getUsername());
		this.audit.recordAs(user.getUsername(), "WORKFORCE_IMPORT_STARTED", "IMPORT", id, AuditService.SUCCESS,
				kind + ": " + sheet.rows().size() + " rows");
		this.live.add(id);
		try {
			this.workers.execute(() -> run(id, enterpriseId, user.getUsername(), kind, sheet, locale));
		}
		catch (TaskRejectedException ex) {
			this.live.remove(id);
			this.jobs.failed(id, "workforce.import.failed.busy");
		}
		return id;
	}

	/** How a job of the caller's enterprise stands; another enterprise's job is "not found". */
	ImportStatus status(CurrentUser user, String jobId) {
		Job job = job(user, jobId);
		long errorCount = this.jobs.errorCount(jobId);
		String failure = (job.failure() != null) ? this.messages.getMessage(job.failure(), null, job.failure(),
				job.locale()) : null;
		return new ImportStatus(job.id(), job.kind(), job.state(), job.processed(), job.total(), job.imported(),
				job.updated(), errorCount, this.jobs.errors(jobId, ImportJobs.ERRORS_SHOWN), failure, job.filename(),
				job.createdAt(), job.finishedAt());
	}

	/** The enterprise's latest imports, newest first. */
	List<ImportStatus> recent(CurrentUser user, int limit) {
		return this.jobs.recent(user.requireEnterpriseId(), limit)
			.stream()
			.map((job) -> new ImportStatus(job.id(), job.kind(), job.state(), job.processed(), job.total(),
					job.imported(), job.updated(), 0, List.of(), null, job.filename(), job.createdAt(),
					job.finishedAt()))
			.toList();
	}

	/**
	 * The bad rows as a CSV to correct and import again: the file's own columns
	 * plus the reason, UTF-8 with a byte order mark so that Excel reads it.
	 */
	void writeErrors(CurrentUser user, String jobId, OutputStream out) {
		Job job = job(user, jobId);
		try (CsvFiles.Download csv = CsvFiles.download(out)) {
			List<String> header = new ArrayList<>(WorkforceCsv.cells(job.header()));
			header.add(this.messages.getMessage("workforce.import.errors.reason", null, job.locale()));
			csv.row(header);
			this.jobs.eachError(jobId, (error) -> {
				List<String> cells = new ArrayList<>(WorkforceCsv.cells(error.cells()));
				while (cells.size() < header.size() - 1) {
					cells.add("");
				}
				cells.add(error.message());
				csv.row(cells);
			});
		}
	}

	/** A job left running by an instance that is gone failed: say so, so that nobody waits for it. */
	@EventListener(ApplicationReadyEvent.class)
	void failJobsOfDeadInstances() {
		int failed = this.jobs.failStale();
		if (failed > 0) {
			log.warn("Marked {} import job(s) of a stopped instance as failed", failed);
		}
	}

	@PreDestroy
	void stop() {
		this.heart.shutdownNow();
		this.workers.shutdown();
		for (String id : this.live) {
			try {
				this.jobs.failed(id, ImportJobs.INTERRUPTED);
			}
			catch (RuntimeException ex) {
				// The database may be going down as well; the next instance marks the job.
			}
		}
	}

	private Job job(CurrentUser user, String jobId) {
		long enterpriseId = user.requireEnterpriseId();
		Job job = this.jobs.find(jobId, enterpriseId).orElseThrow(() -> new NotFoundException("import job"));
		if (job.state() == ImportState.RUNNING && !this.live.contains(jobId) && this.jobs.failStale() > 0) {
			job = this.jobs.find(jobId, enterpriseId).orElseThrow(() -> new NotFoundException("import job"));
		}
		return job;
	}

	/**
	 * Keeps this instance's jobs alive, and fails the jobs of instances that are
	 * gone (which, on a single instance restarted quickly, are not stale yet when it starts).
	 */
	private void beat() {
		try {
			this.jobs.beat(this.live);
			int failed = this.jobs.failStale();
			if (failed > 0) {
				log.warn("Marked {} import job(s) of a stopped instance as failed", failed);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the heartbeat of running imports: {}", ex.getClass().getName());
		}
	}

	private void run(String id, long enterpriseId, String actor, ImportKind kind, WorkforceCsv.Sheet sheet,
			Locale locale) {
		long started = System.nanoTime();
		JobMetrics.Running timing = this.metrics.start("import");
		try {
			this.jobs.started(id);
			switch (kind) {
				case EMPLOYEES -> process(id, sheet, locale, this.roster.start(enterpriseId));
				case TESTS -> process(id, sheet, locale, this.tests.start(enterpriseId, actor));
				case HEALTH -> process(id, sheet, locale, this.health.start(enterpriseId, actor));
			}
			this.jobs.done(id);
			timing.done();
			log.info("Import {} ({}, {} rows) done in {} ms", id, kind, sheet.rows().size(),
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			// The exception's class only: a message could quote a row.
			log.error("Import {} ({}) failed: {}", id, kind, ex.getClass().getName());
			this.jobs.failed(id, "workforce.import.failed.unexpected");
		}
		finally {
			timing.failed(); // a no-op once done
			this.live.remove(id);
		}
	}

	private <T> void process(String id, WorkforceCsv.Sheet sheet, Locale locale, ImportRun<T> run) {
		List<WorkforceCsv.Row> rows = sheet.rows();
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<WorkforceCsv.Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			List<T> ready = new ArrayList<>(chunk.size());
			List<ErrorRow> errors = new ArrayList<>();
			for (WorkforceCsv.Row row : chunk) {
				List<Problem> problems = new ArrayList<>(2);
				T checked = run.check(row, problems);
				if (problems.isEmpty() && checked != null) {
					ready.add(checked);
				}
				else {
					errors.add(new ErrorRow(row.line(), describe(problems, locale), WorkforceCsv.line(row.cells())));
				}
			}
			this.writing.executeWithoutResult((status) -> {
				Written written = run.write(ready);
				this.jobs.addErrors(id, errors);
				this.jobs.progress(id, chunk.size(), written.imported(), written.updated());
			});
		}
	}

	private String describe(List<Problem> problems, Locale locale) {
		StringBuilder text = new StringBuilder();
		for (Problem problem : problems) {
			if (!text.isEmpty()) {
				text.append(this.messages.getMessage("workforce.import.separator", null, "; ", locale));
			}
			text.append(this.messages.getMessage(problem.key(), problem.args(), problem.key(), locale));
		}
		return text.toString();
	}

}
