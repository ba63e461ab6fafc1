package org.fugong.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A post as lists show it: what, how much, where and until when, by whom (the
 * name only; contact details are never part of a summary), and the chain when
 * the poster is a key supply-chain firm.
 */
public record PostSummary(long id, long enterpriseId, String enterpriseName, String districtCode, String townCode,
		PostKind kind, PostCategory category, String title, BigDecimal quantity, String unit, String regionCode,
		LocalDate neededBy, LocalDate availableFrom, LocalDate validUntil, PostState state, Instant createdAt,
		String keyChain) {

	public boolean keyFirm() {
		return this.keyChain != null;
	}

}
