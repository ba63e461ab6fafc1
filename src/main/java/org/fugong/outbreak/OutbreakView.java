package org.fugong.outbreak;

import java.time.Instant;

/** A case as lists and the API show it. */
public record OutbreakView(long id, long enterpriseId, String enterpriseName, String districtCode, String townCode,
		OutbreakState state, String reason, Instant sealedAt, String sealedBy, Instant unsealedAt, String unsealedBy,
		String unsealReason, long version) {
}
