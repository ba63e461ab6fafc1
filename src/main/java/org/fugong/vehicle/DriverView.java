package org.fugong.vehicle;

import java.time.Instant;

/** A driver on a district's whitelist; the ID number masked, the phone masked. */
public record DriverView(long id, String districtCode, String name, String idNumber, String phone, String note,
		Instant createdAt, String createdBy) {
}
