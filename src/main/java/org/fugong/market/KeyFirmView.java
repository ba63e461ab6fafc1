package org.fugong.market;

import java.time.Instant;

/** A key supply-chain firm as the district's list shows it. */
record KeyFirmView(long enterpriseId, String enterpriseName, String townCode, String chain, String flaggedBy,
		Instant flaggedAt) {
}
