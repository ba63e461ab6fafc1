package org.fugong.pass;

import java.time.Instant;

/**
 * What a pass token says: only what a guard needs to see, never a full name or ID
 * number. {@code scope} is null for a worker pass; {@code districtCode} is the
 * district of the enterprise, which a vehicle pass of scope DISTRICT is bound to.
 */
public record PassClaims(long passId, PassType type, long enterpriseId, String enterpriseName, String districtCode,
		VehicleScope scope, String holder, Instant validFrom, Instant validTo, String kid) {

	/** Whether the pass is within its validity window at {@code at} (from inclusive, to exclusive). */
	public boolean validAt(Instant at) {
		return !at.isBefore(this.validFrom) && at.isBefore(this.validTo);
	}

}
