package org.fugong.resumption;

import java.time.Instant;

/**
 * Published when the district approves a resumption application (复工批复): the
 * whitelist lists the enterprise at district level.
 */
public record ResumptionApproved(long applicationId, long enterpriseId, String enterpriseName, String districtCode,
		String townCode, String approvedBy, Instant approvedAt) {
}
