package org.fugong.pass;

import java.time.Instant;

/** What the vehicles module asks for when a trip is approved. */
public record VehiclePassRequest(long enterpriseId, String plate, String maskedPlate, VehicleScope scope,
		Instant validFrom, Instant validTo) {
}
