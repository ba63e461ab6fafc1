package org.fugong.outbreak;

import java.time.Instant;

/** Published when a district seals an enterprise as an outbreak site (疫点). */
public record OutbreakSealed(long caseId, long enterpriseId, String districtCode, String townCode, String reason,
		Instant sealedAt) {
}
