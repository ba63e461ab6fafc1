package org.fugong.whitelist;

import java.time.Instant;

/**
 * A whitelist entry as lists, other features and the API read it; {@code reason}
 * is the one given for the latest change.
 */
public record WhitelistEntryView(long id, long enterpriseId, String enterpriseName, String creditCode,
		String districtCode, String townCode, WhitelistLevel level, String batch, WhitelistStatus status,
		WhitelistSource source, String reason, Instant since, Instant updatedAt, long version) {
}
