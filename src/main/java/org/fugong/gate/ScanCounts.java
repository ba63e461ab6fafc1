package org.fugong.gate;

import java.util.Map;

/** The counts above a scan log: valid and refused scans, and the refused ones by reason (most frequent first). */
public record ScanCounts(long valid, long refused, Map<String, Long> refusedByReason) {

	public long total() {
		return this.valid + this.refused;
	}

}
