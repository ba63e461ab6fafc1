package org.fugong.inspection;

import java.time.Instant;
import java.util.List;

/**
 * A rectification notice in a list: what the officials' queues, the enterprise's
 * list and the dashboards read.
 */
public record NoticeSummary(long id, String number, long enterpriseId, String enterpriseName, String districtCode,
		String townCode, String gridCode, Long teamId, NoticeState state, Instant issuedAt, Instant dueAt,
		Instant answeredAt, boolean answeredInTime, List<Aspect> aspects, Long previousId) {
}
