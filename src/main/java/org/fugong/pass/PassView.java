package org.fugong.pass;

import java.time.Instant;

/**
 * A pass as its enterprise and officials see it. {@code holder} is always the
 * masked name (or plate); {@code holderName} only on the enterprise's own
 * answers; {@code qrText} (and {@code shortCode}, which the gate takes in its
 * place) only for its own enterprise, {@code qrText} while the pass is not
 * revoked: an official sees the pass without anything that would pass a gate. {@code enterpriseSuspended} says the pass will not verify now because
 * the enterprise's whitelist entry is suspended or gone.
 */
public record PassView(long id, PassType type, PassStatus status, String holder, String holderName, long enterpriseId,
		String enterpriseName, Long employeeId, String department, VehicleScope scope, String shortCode,
		Instant validFrom, Instant validTo, Instant issuedAt, String issuedBy, Instant revokedAt, String revokeReason,
		String kid, String qrText, boolean enterpriseSuspended, long version) {

	/** Ends within three days and still active: time to renew. */
	public boolean expiringSoon(Instant now) {
		return this.status == PassStatus.ACTIVE && this.validTo.isBefore(now.plus(java.time.Duration.ofDays(3)));
	}

}
