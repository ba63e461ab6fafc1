package org.fugong.outbreak;

import java.time.Instant;

/** Published when a district unseals an outbreak site: its whitelist entries are restored. */
public record OutbreakUnsealed(long caseId, long enterpriseId, String districtCode, String townCode,
		Instant unsealedAt) {
}
