package org.fugong.vehicle;

import org.fugong.pass.VehicleScope;

/** The filters of a trip list; null means any. {@code plate} matches a part of the plate. */
public record TripQuery(TripStatus status, VehicleScope scope, String plate, Boolean driverWhitelisted) {

	public static final TripQuery ANY = new TripQuery(null, null, null, null);

}
