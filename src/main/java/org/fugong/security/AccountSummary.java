package org.fugong.security;

import java.time.Instant;

/**
 * An account as lists show it: never its password.
 */
public record AccountSummary(long id, String username, String displayName, Role role, String regionCode,
		Long enterpriseId, boolean enabled, boolean locked, Instant createdAt) {
}
