package org.fugong.vehicle;

import java.time.Instant;

import org.fugong.pass.PassStatus;
import org.fugong.pass.VehicleScope;

/**
 * A trip as its enterprise and the officials see it. The driver's ID number is
 * always masked; the phone is shown in full to the trip's own enterprise only.
 * The pass fields are set once the trip is approved ({@code passStatus} and the
 * pass validity only where the pass was looked up, e.g. on one trip);
 * {@code qrText} only for the own enterprise while the pass is not revoked.
 * {@code route} is the loop the trip names (三点往返); {@code driverOnRoster}
 * whether the driver's own tests decide at the gate (set when approved).
 */
public record TripView(long id, TripStatus status, long enterpriseId, String enterpriseName, String districtCode,
		String townCode, String plate, String plateMasked, VehicleType vehicleType, String driverName,
		String driverPhone, String driverIdNumber, boolean driverWhitelisted, VehicleScope scope, String origin,
		String destination, Instant validFrom, Instant validTo, String cargo, Instant createdAt, String createdBy,
		Instant decidedAt, String decidedBy, String opinion, Long passId, PassStatus passStatus,
		Instant passValidFrom, Instant passValidTo, String qrText, long version, TripRoute route,
		boolean driverOnRoster, Long truckBookingId) {
}
