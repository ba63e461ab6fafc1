package org.fugong.inspection;

import java.time.Instant;

/** A 私自复工 case as the district's list shows it. */
public record CaseView(long id, Long enterpriseId, String siteName, String address, String townCode, String gridCode,
		String note, String reportedBy, Instant reportedAt) {
}
