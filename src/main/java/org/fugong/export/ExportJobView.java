package org.fugong.export;

/** An export job as {@code GET /api/v1/exports/jobs/{jobId}} answers it. */
public record ExportJobView(String jobId, String list, ExportJobState state, long processed, long total,
		String downloadUrl, String failure) {
}
