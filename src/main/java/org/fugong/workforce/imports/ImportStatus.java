package org.fugong.workforce.imports;

import java.time.Instant;
import java.util.List;

/**
 * How an import job stands: rows processed of the total, rows imported and
 * updated, every bad row with its line and reason (the first
 * {@link ImportJobs#ERRORS_SHOWN} here, all of them in the errors file), and
 * for a failed job why.
 */
public record ImportStatus(String jobId, ImportKind kind, ImportState state, int processed, int total, int imported,
		int updated, long errorCount, List<Error> errors, String failure, String filename, Instant createdAt,
		Instant finishedAt) {

	public int percent() {
		if (this.state != ImportState.RUNNING) {
			return 100;
		}
		return (this.total == 0) ? 0 : (int) Math.min(100, this.processed * 100L / this.total);
	}

	public record Error(int line, String message) {
	}

}
