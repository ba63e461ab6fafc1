package org.fugong.workforce.imports;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.media.Schema;
import lombok.RequiredArgsConstructor;
import org.fugong.common.PersonalDataRetention;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The import jobs and their bad rows, in the database so that every instance
 * answers for every job. A running job's worker beats (updates
 * {@code heartbeat_at}) at least every {@link #BEAT}; one that stopped beating
 * for {@link #STALE} belonged to an instance that is gone.
 */
@Repository
@RequiredArgsConstructor
class ImportJobs implements PersonalDataRetention.Retained {

	static final int ERRORS_SHOWN = 1000;

	static final Duration BEAT = Duration.ofSeconds(20);

	static final Duration STALE = Duration.ofSeconds(90);

	static final String INTERRUPTED = "workforce.import.failed.interrupted";

	private final JdbcTemplate jdbc;

	/** The job as stored: the failure is a message key, resolved in the job's own locale. */
	@Schema(name = "ImportJob")
	record Job(String id, long enterpriseId, ImportKind kind, ImportState state, Locale locale, String filename,
			int total, int processed, int imported, int updated, String failure, String header, Instant createdAt,
			Instant finishedAt) {
	}

	record ErrorRow(int line, String message, String cells) {
	}

	private static final RowMapper<Job> JOB = (rs, n) -> new Job(rs.getString("id"), rs.getLong("enterprise_id"),
			ImportKind.valueOf(rs.getString("kind")), ImportState.valueOf(rs.getString("state")),
			Locale.forLanguageTag(rs.getString("locale")), rs.getString("filename"), rs.getInt("total"),
			rs.getInt("processed"), rs.getInt("imported"), rs.getInt("updated"), rs.getString("failure"),
			rs.getString("header"), rs.getTimestamp("created_at").toInstant(),
			(rs.getTimestamp("finished_at") != null) ? rs.getTimestamp("finished_at").toInstant() : null);

	void create(String id, long enterpriseId, ImportKind kind, Locale locale, String filename, int total,
			String header, String actor) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("""
				INSERT INTO import_job (id, enterprise_id, kind, state, locale, filename, total, header, created_by,
				  created_at, heartbeat_at)
				VALUES (?, ?, ?, 'RUNNING', ?, ?, ?, ?, ?, ?, ?)
				""", id, enterpriseId, kind.name(), locale.toLanguageTag(), filename, total, header, actor, now, now);
	}

	void started(String id) {
		this.jdbc.update("UPDATE import_job SET started_at = now(), heartbeat_at = now() WHERE id = ?", id);
	}

	void beat(Collection<String> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.update("UPDATE import_job SET heartbeat_at = now() WHERE state = 'RUNNING' AND id = ANY (?)",
					(Object) ids.toArray(new String[0]));
		}
	}

	void progress(String id, int processed, int imported, int updated) {
		this.jdbc.update("""
				UPDATE import_job SET processed = processed + ?, imported = imported + ?, updated = updated + ?,
				  heartbeat_at = now()
				WHERE id = ?
				""", processed, imported, updated, id);
	}

	void addErrors(String id, List<ErrorRow> errors) {
		if (errors.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(errors.size());
		for (ErrorRow error : errors) {
			rows.add(new Object[] { id, error.line(), truncate(error.message(), 500), error.cells() });
		}
		this.jdbc.batchUpdate("INSERT INTO import_error (job_id, line, message, cells) VALUES (?, ?, ?, ?)", rows);
	}

	void done(String id) {
		this.jdbc.update("UPDATE import_job SET state = 'DONE', finished_at = now() WHERE id = ? AND state = 'RUNNING'",
				id);
	}

	void failed(String id, String failureKey) {
		this.jdbc.update("""
				UPDATE import_job SET state = 'FAILED', failure = ?, finished_at = now()
				WHERE id = ? AND state = 'RUNNING'
				""", failureKey, id);
	}

	/** Marks the running jobs whose worker stopped beating as failed; answers how many. */
	int failStale() {
		return this.jdbc.update("""
				UPDATE import_job SET state = 'FAILED', failure = ?, finished_at = now()
				WHERE state = 'RUNNING' AND heartbeat_at < ?
				""", INTERRUPTED, Timestamp.from(Instant.now().minus(STALE)));
	}

	Optional<Job> find(String id, long enterpriseId) {
		return this.jdbc.query("SELECT * FROM import_job WHERE id = ? AND enterprise_id = ?", JOB, id, enterpriseId)
			.stream()
			.findFirst();
	}

	List<Job> recent(long enterpriseId, int limit) {
		return this.jdbc.query("SELECT * FROM import_job WHERE enterprise_id = ? ORDER BY created_at DESC LIMIT ?", JOB,
				enterpriseId, limit);
	}

	long errorCount(String id) {
		Long count = this.jdbc.queryForObject("SELECT count(*) FROM import_error WHERE job_id = ?", Long.class, id);
		return (count != null) ? count : 0;
	}

	List<ImportStatus.Error> errors(String id, int limit) {
		return this.jdbc.query("SELECT line, message FROM import_error WHERE job_id = ? ORDER BY line, id LIMIT ?",
				(rs, n) -> new ImportStatus.Error(rs.getInt("line"), rs.getString("message")), id, limit);
	}

	/** Every bad row of a job in line order, streamed. */
	void eachError(String id, Consumer<ErrorRow> action) {
		this.jdbc.query("SELECT line, message, cells FROM import_error WHERE job_id = ? ORDER BY line, id",
				(rs) -> {
					action.accept(new ErrorRow(rs.getInt("line"), rs.getString("message"), rs.getString("cells")));
				}, id);
	}

	@Override
	public String what() {
		return "cells of bad import rows";
	}

	/**
	 * Erases the cells of the bad rows of imports started before a moment (ID
	 * numbers, phones); their lines and reasons stay. Answers how many rows.
	 */
	@Override
	public int purgeBefore(Instant cutoff) {
		return this.jdbc.update("""
				UPDATE import_error SET cells = NULL
				WHERE cells IS NOT NULL AND job_id IN (SELECT id FROM import_job WHERE created_at < ?)
				""", Timestamp.from(cutoff));
	}

	private static String truncate(String value, int max) {
		return (value.length() <= max) ? value : value.substring(0, max - 1) + "…";
	}

}
