package org.fugong.gate;

import java.time.Instant;

/**
 * One scan as officials read it: where, by whom, which way, the verdict and its
 * reason, and the pass's masked holder (or plate) and enterprise, joined from the
 * pass for display; the log itself keeps no personal data.
 */
public record ScanLine(long id, Instant scannedAt, long checkpointId, String checkpoint, CheckpointKind checkpointKind,
		String guard, Direction direction, String verdict, String reason, Long passId, String passType, String holder,
		String enterprise, boolean offline, boolean mismatch, String flag) {

	public boolean valid() {
		return "VALID".equals(this.verdict);
	}

}
