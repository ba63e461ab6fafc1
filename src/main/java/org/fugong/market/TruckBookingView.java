package org.fugong.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.fugong.pass.VehicleScope;
import org.fugong.vehicle.TripStatus;
import org.fugong.vehicle.VehicleType;

/**
 * A booking as its two enterprises and the officials of the truck's region see
 * it. The plate is in full and the other side's contact person and phone are
 * shown only to the two enterprises; {@code tripId} and {@code tripStatus} name
 * the vehicle trip a confirmation registered (APPROVED: the pass is issued).
 * {@code canAnswer} and {@code canCancel} say what the reader may do.
 */
public record TruckBookingView(long id, TruckBookingState state, long truckId, String plate,
		VehicleType vehicleType, BigDecimal capacityTons, boolean coldChain, long carrierEnterpriseId, String carrier,
		long bookerEnterpriseId, String booker, String bookerKeyChain, String districtCode, String townCode,
		LocalDate date, String origin, String destination, String cargo, VehicleScope scope, Instant deadline,
		Instant createdAt, String answeredBy, Instant answeredAt, String reason, Long tripId, TripStatus tripStatus,
		String otherContactName, String otherContactPhone, boolean canAnswer, boolean canCancel, long version) {

	public boolean keyFirm() {
		return this.bookerKeyChain != null;
	}

}
