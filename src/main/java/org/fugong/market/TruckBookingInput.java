package org.fugong.market;

import java.time.LocalDate;

import org.fugong.pass.VehicleScope;

/** A booking as the enterprise asks for it, text stripped; the scope of the trip defaults to the city. */
record TruckBookingInput(long truckId, LocalDate date, String origin, String destination, String cargo,
		VehicleScope scope) {
}
