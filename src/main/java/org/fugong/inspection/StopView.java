package org.fugong.inspection;

import java.time.Instant;

/** A production stop as pages and the API read it. */
public record StopView(long id, long enterpriseId, String enterpriseName, String districtCode, String townCode,
		String gridCode, long noticeId, StopState state, String reason, Instant orderedAt, String orderedBy,
		Instant liftedAt, String liftedBy, String liftReason) {
}
