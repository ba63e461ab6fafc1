package org.fugong.enterprise;

import java.time.Instant;

import org.fugong.common.Masking;

/**
 * An enterprise's profile as other features and the API read it.
 */
public record EnterpriseView(long id, String creditCode, String name, String districtCode, String townCode,
		String address, Industry industry, int staffCount, boolean aboveDesignatedSize, boolean foreignInvested,
		String contactName, String contactPhone, Instant registeredAt, Instant updatedAt, long version) {

	public String maskedContactPhone() {
		return Masking.phone(this.contactPhone);
	}

}
