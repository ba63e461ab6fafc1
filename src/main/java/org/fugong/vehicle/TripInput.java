package org.fugong.vehicle;

import java.time.Instant;

import org.fugong.pass.VehicleScope;

/**
 * A trip as the enterprise registers it, already checked field by field and
 * normalised (plate in capitals, ID number with a capital X): what the page form
 * and the API both hand to {@link VehicleService#register}.
 */
public record TripInput(String plate, VehicleType vehicleType, String driverName, String driverPhone,
		String driverIdNumber, VehicleScope scope, String origin, String destination, Instant validFrom,
		Instant validTo, String cargo) {

	@Override
	public String toString() {
		// Never the ID number: records print all their parts, and this one may reach a log.
		return "TripInput[" + this.plate + ", " + this.scope + "]";
	}

}
