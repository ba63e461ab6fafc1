package org.fugong.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * A policy in a list: {@code {id, title, level, issuer, publishedOn, categories}} and a little more.
 */
public record PolicySummary(long id, String title, PolicyLevel level, String issuer, String regionCode,
		LocalDate publishedOn, LocalDate effectiveFrom, LocalDate expiresOn, boolean withdrawn, String summary,
		List<PolicyCategory> categories) {

	public boolean isInEffectOn(LocalDate day) {
		return !this.withdrawn && !this.effectiveFrom.isAfter(day) && (this.expiresOn == null || !this.expiresOn.isBefore(day));
	}

}
