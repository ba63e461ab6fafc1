package org.fugong.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * A policy as its detail page and the API show it. The body is sanitized HTML.
 */
public record PolicyDetail(long id, String title, String issuer, String docNumber, PolicyLevel level,
		String regionCode, String summary, String body, LocalDate publishedOn, LocalDate effectiveFrom,
		LocalDate expiresOn, boolean withdrawn, String withdrawnReason, List<PolicyCategory> categories,
		List<PolicyCondition> conditions, List<Long> guidanceIds, long version) {

	public boolean isInEffectOn(LocalDate day) {
		return !this.withdrawn && !this.effectiveFrom.isAfter(day) && (this.expiresOn == null || !this.expiresOn.isBefore(day));
	}

	public boolean isExpiredOn(LocalDate day) {
		return this.expiresOn != null && this.expiresOn.isBefore(day);
	}

	public boolean isUpcomingOn(LocalDate day) {
		return this.effectiveFrom.isAfter(day);
	}

}
