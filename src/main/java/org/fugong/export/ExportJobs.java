package org.fugong.export;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Export jobs in the database, so that any instance answers a job's state and
 * serves its file. A running job beats at every progress step; one silent for
 * {@link #STALE} belonged to an instance that stopped, and reads as failed.
 */
@Repository
@RequiredArgsConstructor
class ExportJobs {

	static final Duration STALE = Duration.ofMinutes(2);

	/** Finished jobs and their files are kept this long. */
	static final Duration KEPT = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	@Schema(name = "ExportJob")
	record Job(String id, String username, String list, String params, Locale locale, ExportJobState state,
			long total, long processed, String filename, String failure, Instant createdAt, Instant finishedAt) {
	}

	private static final RowMapper<Job> JOB = (rs, n) -> {
		ExportJobState state = ExportJobState.valueOf(rs.getString("state"));
		if (state == ExportJobState.RUNNING
				&& rs.getTimestamp("heartbeat_at").toInstant().isBefore(Instant.now().minus(STALE))) {
			state = ExportJobState.FAILED;
		}
		Timestamp finished = rs.getTimestamp("finished_at");
		return new Job(rs.getString("id"), rs.getString("username"), rs.getString("list"), rs.getString("params"),
				Locale.forLanguageTag(rs.getString("locale")), state, rs.getLong("total"), rs.getLong("processed"),
				rs.getString("filename"), rs.getString("failure"), rs.getTimestamp("created_at").toInstant(),
				(finished != null) ? finished.toInstant() : null);
	};

	void create(String id, String username, String list, String params, Locale locale, long total, String filename) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("""
				INSERT INTO export_job (id, username, list, params, locale, state, total, filename, created_at, heartbeat_at)
				VALUES (?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?)
				""", id, username, list, params, locale.toLanguageTag(), total, filename, now, now);
	}

	void progress(String id, long processed) {
		this.jdbc.update("UPDATE export_job SET processed = ?, heartbeat_at = now() WHERE id = ?", processed, id);
	}

	void done(String id, long processed, InputStream content, long length) {
		this.jdbc.update("""
				UPDATE export_job SET state = 'DONE', processed = ?, content = ?, heartbeat_at = now(), finished_at = now()
				WHERE id = ?
				""", (ps) -> {
			ps.setLong(1, processed);
			ps.setBinaryStream(2, content, length);
			ps.setString(3, id);
		});
	}

	void failed(String id, String failureKey) {
		this.jdbc.update("""
				UPDATE export_job SET state = 'FAILED', failure = ?, heartbeat_at = now(), finished_at = now() WHERE id = ?
				""", failureKey, id);
	}

	/** A job of this user; another user's job is not found. */
	Optional<Job> find(String id, String username) {
		return this.jdbc.query("SELECT * FROM export_job WHERE id = ? AND username = ?", JOB, id, username)
			.stream()
			.findFirst();
	}

	/** The finished file of a job of this user. */
	Optional<byte[]> content(String id, String username) {
		return this.jdbc
			.query("SELECT content FROM export_job WHERE id = ? AND username = ? AND state = 'DONE'",
					(rs, n) -> rs.getBytes("content"), id, username)
			.stream()
			.filter((bytes) -> bytes != null)
			.findFirst();
	}

	int deleteFinishedBefore(Instant instant) {
		return this.jdbc.update("DELETE FROM export_job WHERE finished_at < ?", Timestamp.from(instant));
	}

}
