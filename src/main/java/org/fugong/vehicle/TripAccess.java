package org.fugong.vehicle;

import lombok.RequiredArgsConstructor;
import org.fugong.common.Masking;
import org.fugong.common.NotFoundException;
import org.fugong.common.Plates;
import org.fugong.pass.PassService;
import org.fugong.pass.PassView;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;

import org.springframework.stereotype.Component;

/**
 * Which trips a caller reaches and what they see of one: an enterprise its own
 * trips (with the driver's phone and the pass's code), an official those of the
 * jurisdiction (the phone masked); anything else is "not found".
 */
@Component
@RequiredArgsConstructor
class TripAccess {

	private final VehicleTripRepository trips;

	private final PassService passes;

	/** A trip the caller may see. */
	VehicleTrip visible(CurrentUser user, long id) {
		Long enterprise = user.isOfficial() ? null : user.requireEnterpriseId();
		Jurisdiction scope = user.isOfficial() ? user.jurisdiction() : Jurisdiction.EVERYWHERE;
		return this.trips.findVisible(id, enterprise, scope.districtCode(), scope.townCode())
			.orElseThrow(() -> new NotFoundException("trip"));
	}

	/** A trip of the caller's own enterprise. */
	VehicleTrip own(CurrentUser user, long id) {
		return this.trips.findVisible(id, user.requireEnterpriseId(), null, null)
			.orElseThrow(() -> new NotFoundException("trip"));
	}

	/** The trip's pass as the caller may see it, or null before approval. */
	PassView pass(CurrentUser user, VehicleTrip trip) {
		return (trip.getPassId() != null) ? this.passes.find(user, trip.getPassId()) : null;
	}

	/** The trip as the caller sees it, with its pass when given. */
	static TripView view(CurrentUser user, VehicleTrip trip, PassView pass) {
		boolean own = !user.isOfficial();
		TripDriver driver = trip.getDriver();
		return new TripView(trip.getId(), trip.getStatus(), trip.getEnterpriseId(), trip.getEnterpriseName(),
				trip.getDistrictCode(), trip.getTownCode(), trip.getPlate(), Plates.mask(trip.getPlate()),
				trip.getVehicleType(), driver.getName(), own ? driver.getPhone() : Masking.phone(driver.getPhone()),
				driver.getIdMasked(), driver.isWhitelisted(), trip.getScope(), trip.getOrigin(), trip.getDestination(),
				trip.getValidFrom(), trip.getValidTo(), trip.getCargo(), trip.getCreatedAt(), trip.getCreatedBy(),
				trip.getDecidedAt(), trip.getDecidedBy(), trip.getOpinion(), trip.getPassId(),
				(pass != null) ? pass.status() : null, (pass != null) ? pass.validFrom() : null,
				(pass != null) ? pass.validTo() : null, (pass != null && own) ? pass.qrText() : null,
				trip.getVersion(), trip.getRoute(), driver.getEmployeeId() != null, trip.getTruckBookingId());
	}

}
