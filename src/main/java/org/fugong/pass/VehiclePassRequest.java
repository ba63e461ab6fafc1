package org.fugong.pass;

import java.time.Instant;

/**
 * What the vehicles module asks for when a trip is approved. {@code driverEmployeeId}
 * is the driver when on the enterprise's roster: the pass then answers the
 * driver's tests at the gate, by the same rule as a worker's.
 */
public record VehiclePassRequest(long enterpriseId, String plate, String maskedPlate, VehicleScope scope,
		Instant validFrom, Instant validTo, Long driverEmployeeId) {

	public VehiclePassRequest(long enterpriseId, String plate, String maskedPlate, VehicleScope scope,
			Instant validFrom, Instant validTo) {
		this(enterpriseId, plate, maskedPlate, scope, validFrom, validTo, null);
	}

}
