package org.fugong.market;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.security.CurrentUser;
import org.fugong.vehicle.TripStatus;
import org.fugong.vehicle.VehicleService;

import org.springframework.stereotype.Component;

/**
 * Builds what a reader sees of bookings in a few queries: the trucks, both
 * enterprises' names, key-firm chains, the linked trip's status, and the other
 * side's contact person and phone for the two enterprises only.
 */
@Component
@RequiredArgsConstructor
class TruckBookingViews {

	private final MarketTruckRepository trucks;

	private final KeyFirmRepository keyFirms;

	private final EnterpriseService enterprises;

	private final VehicleService vehicles;

	private final Clock clock;

	TruckBookingView of(CurrentUser reader, TruckBooking booking) {
		return of(reader, List.of(booking)).get(0);
	}

	List<TruckBookingView> of(CurrentUser reader, List<TruckBooking> bookings) {
		Set<Long> truckIds = new HashSet<>();
		Set<Long> enterpriseIds = new HashSet<>();
		for (TruckBooking b : bookings) {
			truckIds.add(b.getTruckId());
			enterpriseIds.add(b.getBookerEnterpriseId());
			enterpriseIds.add(b.getCarrierEnterpriseId());
		}
		Map<Long, MarketTruck> truckById = new HashMap<>();
		if (!truckIds.isEmpty()) {
			this.trucks.findByIdIn(truckIds).forEach((t) -> truckById.put(t.getId(), t));
		}
		Map<Long, EnterpriseView> enterpriseById = new HashMap<>();
		Map<Long, String> chains = new HashMap<>();
		if (!enterpriseIds.isEmpty()) {
			this.enterprises.findAll(enterpriseIds).forEach((e) -> enterpriseById.put(e.id(), e));
			this.keyFirms.findAllById(enterpriseIds).forEach((k) -> chains.put(k.getEnterpriseId(), k.getChain()));
		}
		Instant now = Instant.now(this.clock);
		return bookings.stream().map((b) -> view(reader, b, truckById.get(b.getTruckId()), enterpriseById, chains, now))
			.toList();
	}

	private TruckBookingView view(CurrentUser reader, TruckBooking b, MarketTruck truck,
			Map<Long, EnterpriseView> enterprises, Map<Long, String> chains, Instant now) {
		Long me = reader.isOfficial() ? null : reader.enterpriseId();
		boolean carrier = me != null && me == b.getCarrierEnterpriseId();
		boolean booker = me != null && me == b.getBookerEnterpriseId();
		EnterpriseView other = carrier ? enterprises.get(b.getBookerEnterpriseId())
				: booker ? enterprises.get(b.getCarrierEnterpriseId()) : null;
		TripStatus tripStatus = (b.getTripId() != null) ? this.vehicles.statusOf(b.getTripId()).orElse(null) : null;
		boolean waiting = b.getState() == TruckBookingState.REQUESTED && b.getDeadline().isAfter(now);
		return new TruckBookingView(b.getId(), b.getState(), b.getTruckId(),
				truck.getPlate(),
				truck.getVehicleType(), truck.getCapacityTons(), truck.isColdChain(), b.getCarrierEnterpriseId(),
				name(enterprises, b.getCarrierEnterpriseId()), b.getBookerEnterpriseId(),
				name(enterprises, b.getBookerEnterpriseId()), chains.get(b.getBookerEnterpriseId()),
				b.getDistrictCode(), b.getTownCode(), b.getDate(), b.getOrigin(), b.getDestination(), b.getCargo(),
				b.getScope(), b.getDeadline(), b.getCreatedAt(), b.getAnsweredBy(), b.getAnsweredAt(), b.getReason(),
				b.getTripId(), tripStatus, (other != null) ? other.contactName() : null,
				(other != null) ? other.contactPhone() : null, carrier && waiting,
				booker && b.getState() == TruckBookingState.REQUESTED, b.getVersion());
	}

	private static String name(Map<Long, EnterpriseView> enterprises, long id) {
		EnterpriseView e = enterprises.get(id);
		return (e != null) ? e.name() : "";
	}

}
