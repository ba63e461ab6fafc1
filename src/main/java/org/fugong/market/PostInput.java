package org.fugong.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new post as the form or the API gives it, already checked field by field. */
record PostInput(PostKind kind, PostCategory category, String title, String description, BigDecimal quantity,
		String unit, String regionCode, LocalDate neededBy, LocalDate availableFrom, LocalDate validUntil) {
}
