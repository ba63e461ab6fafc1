package org.fugong.whitelist;

import java.time.Instant;

/**
 * One step of an entry's history, as the entry's timeline shows it.
 */
public record WhitelistChangeView(Instant at, String actor, String action, WhitelistStatus from, WhitelistStatus to,
		String reason) {
}
