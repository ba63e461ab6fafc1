package org.fugong.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.fugong.common.JobMetrics;
import org.fugong.common.NotFoundException;
import org.fugong.common.TimeFormat;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Exports a list as {@code .xlsx}. The rows come from the list's
 * {@link ExportSource} through a read-only cursor (fetched 2,000 at a time, no
 * entities) into the streaming writer, so the heap holds a window of rows, not
 * the list. Up to {@code fugong.exports.sync-limit} rows go out in the answer;
 * more run as a job in the background whose progress and file live in
 * {@code export_job}. Every export is in the audit log: who, which list, which
 * filters, how many rows.
 */
@Service
public class ExportService {

	private static final Logger log = LoggerFactory.getLogger(ExportService.class);

	private final Map<String, ExportSource> sources = new LinkedHashMap<>();

	private final ExportRows cursor;

	private final TransactionTemplate writing;

	private final ExportJobs jobs;

	private final AuditService audit;

	private final MessageSource messages;

	private final ThreadPoolTaskExecutor workers;

	private final long syncLimit;

	private final JobMetrics metrics;

	ExportService(List<ExportSource> sources, DataSource dataSource, PlatformTransactionManager transactions,
			ExportJobs jobs, AuditService audit, MessageSource messages,
			@Value("${fugong.exports.sync-limit:20000}") long syncLimit,
			@Value("${fugong.exports.threads:2}") int threads, JobMetrics metrics) {
		this.metrics = metrics;
		sources.forEach((source) -> this.sources.put(source.list(), source));
		this.cursor = new ExportRows(dataSource, transactions);
		this.writing = new TransactionTemplate(transactions);
		this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jobs = jobs;
		this.audit = audit;
		this.messages = messages;
		this.syncLimit = syncLimit;
		this.workers = new ThreadPoolTaskExecutor();
		this.workers.setCorePoolSize(threads);
		this.workers.setMaxPoolSize(threads);
		this.workers.setQueueCapacity(20);
		this.workers.setThreadNamePrefix("export-");
		this.workers.setWaitForTasksToCompleteOnShutdown(false);
		this.workers.initialize();
	}

	/** An export checked and counted, ready to write or to start as a job. */
	record Prepared(ExportSource source, ExportParams params, ExportQuery query, long total) {
	}

	/** The lists this user may export, by name. */
	public List<String> listsFor(CurrentUser user) {
		return this.sources.values().stream().filter((s) -> s.allows(user)).map(ExportSource::list).toList();
	}

	Prepared prepare(CurrentUser user, String list, Map<String, String> raw) {
		ExportSource source = this.sources.get(list);
		if (source == null) {
			throw new NotFoundException("export list");
		}
		if (!source.allows(user)) {
			throw new AccessDeniedException("export " + list);
		}
		ExportParams params = ExportParams.of(raw);
		ExportQuery query = source.query(user, params);
		return new Prepared(source, params, query, this.cursor.count(query));
	}

	boolean runsAsJob(Prepared prepared) {
		return prepared.total() > this.syncLimit;
	}

	String filename(Prepared prepared, Locale locale) {
		return this.messages.getMessage(prepared.source().titleKey(), null, locale) + "-" + TimeFormat.today() + ".xlsx";
	}

	/** Writes the whole export to {@code out} now. */
	void write(CurrentUser user, Prepared prepared, Locale locale, OutputStream out) throws IOException {
		long rows;
		try (XlsxWriter writer = writer(prepared, locale)) {
			rows = this.cursor.stream(prepared.query(), writer, (n) -> {
			});
			writer.writeTo(out);
		}
		this.audit.recordAs(user.getUsername(), "EXPORTED", "EXPORT", prepared.source().list(), AuditService.SUCCESS,
				detail(prepared, rows));
	}

	/** Starts the export as a job; answers its id. */
	String start(CurrentUser user, Prepared prepared, Locale locale) {
		String id = UUID.randomUUID().toString();
		this.jobs.create(id, user.getUsername(), prepared.source().list(), prepared.params().describe(), locale,
				prepared.total(), filename(prepared, locale));
		this.audit.recordAs(user.getUsername(), "EXPORT_STARTED", "EXPORT", prepared.source().list(),
				AuditService.SUCCESS, "job " + id + ", " + detail(prepared, prepared.total()));
		try {
			this.workers.execute(() -> run(id, user.getUsername(), prepared, locale));
		}
		catch (TaskRejectedException ex) {
			this.jobs.failed(id, "export.failed.busy");
		}
		return id;
	}

	private void run(String id, String username, Prepared prepared, Locale locale) {
		Path file = null;
		long began = System.nanoTime();
		JobMetrics.Running timing = this.metrics.start("export");
		try {
			file = Files.createTempFile("export-", ".xlsx");
			long rows;
			try (XlsxWriter writer = writer(prepared, locale); OutputStream out = Files.newOutputStream(file)) {
				rows = this.cursor.stream(prepared.query(), writer,
						(n) -> this.writing.executeWithoutResult((status) -> this.jobs.progress(id, n)));
				writer.writeTo(out);
			}
			long length = Files.size(file);
			long written = System.nanoTime();
			try (InputStream in = Files.newInputStream(file)) {
				this.writing.executeWithoutResult((status) -> this.jobs.done(id, rows, in, length));
			}
			log.info("Export job {} of {}: {} rows, {} KB, written in {} ms, stored in {} ms", id,
					prepared.source().list(), rows, length / 1024, (written - began) / 1_000_000,
					(System.nanoTime() - written) / 1_000_000);
			this.audit.recordAs(username, "EXPORT_DONE", "EXPORT", prepared.source().list(), AuditService.SUCCESS,
					"job " + id + ", " + rows + " rows");
			timing.done();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Export job {} of {} failed", id, prepared.source().list(), ex);
			this.jobs.failed(id, "export.failed");
		}
		finally {
			timing.failed(); // a no-op once done
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					log.debug("Could not delete {}", file, ex);
				}
			}
		}
	}

	ExportJobView job(CurrentUser user, String id) {
		ExportJobs.Job job = this.jobs.find(id, user.getUsername()).orElseThrow(() -> new NotFoundException("export job"));
		return new ExportJobView(job.id(), job.list(), job.state(), job.processed(), job.total(),
				(job.state() == ExportJobState.DONE) ? "/api/v1/exports/jobs/" + job.id() + "/file" : null,
				(job.state() == ExportJobState.FAILED) ? (job.failure() != null ? job.failure() : "export.failed") : null);
	}

	String jobFilename(CurrentUser user, String id) {
		return this.jobs.find(id, user.getUsername()).map(ExportJobs.Job::filename)
			.orElseThrow(() -> new NotFoundException("export job"));
	}

	byte[] file(CurrentUser user, String id) {
		return this.jobs.content(id, user.getUsername()).orElseThrow(() -> new NotFoundException("export file"));
	}

	/** Finished jobs and their files go after a day. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "export-jobs-cleanup")
	void cleanUp() {
		this.jobs.deleteFinishedBefore(java.time.Instant.now().minus(ExportJobs.KEPT));
	}

	private XlsxWriter writer(Prepared prepared, Locale locale) {
		String title = this.messages.getMessage(prepared.source().titleKey(), null, locale);
		return new XlsxWriter(title, prepared.source().columns(), this.messages, locale);
	}

	private static String detail(Prepared prepared, long rows) {
		String filters = prepared.params().describe();
		return rows + " rows" + (filters.isEmpty() ? "" : ", " + filters);
	}

}
