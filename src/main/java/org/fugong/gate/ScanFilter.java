package org.fugong.gate;

import java.time.LocalDate;

/**
 * What a scan log is narrowed to: days (inclusive, Asia/Shanghai), a checkpoint,
 * a verdict, a reason, a pass type, only flagged or only mismatched scans. Null
 * means any.
 */
record ScanFilter(LocalDate from, LocalDate to, Long checkpointId, String verdict, String reason, String passType,
		boolean flagged, boolean mismatched) {

	static ScanFilter days(LocalDate from, LocalDate to) {
		return new ScanFilter(from, to, null, null, null, null, false, false);
	}

}
