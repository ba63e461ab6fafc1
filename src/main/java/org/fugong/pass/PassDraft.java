package org.fugong.pass;

import java.time.Instant;

/** A pass about to be made, before it has an id and a signature. */
record PassDraft(PassType type, long enterpriseId, String enterpriseName, String districtCode, String townCode,
		Long employeeId, String holderName, String holderMasked, String department, VehicleScope scope,
		Instant validFrom, Instant validTo, boolean withHolderLink) {

	PassClaims claims(long id, String kid) {
		return new PassClaims(id, this.type, this.enterpriseId, this.enterpriseName, this.districtCode, this.scope,
				this.holderMasked, this.validFrom, this.validTo, kid);
	}

}
