package org.fugong.vehicle;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldCipher;
import org.fugong.common.IdNumbers;
import org.fugong.common.Masking;
import org.fugong.common.NotFoundException;
import org.fugong.common.Plates;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.pass.PassService;
import org.fugong.pass.PassView;
import org.fugong.pass.VehicleScope;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;
import org.fugong.whitelist.WhitelistService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vehicle trips: registration by an actively whitelisted enterprise,
 * cancellation of a pending trip and revocation of its pass by the enterprise,
 * the lists and figures; the district's decision is {@link TripDecisions}'. An enterprise
 * sees its own trips, an official those of the jurisdiction, scoped in the
 * query; anything else is "not found".
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class VehicleService {

	static final String AUDIT_TARGET = "VEHICLE_TRIP";

	private final VehicleTripRepository trips;

	private final VehicleDriverRepository drivers;

	private final EnterpriseService enterprises;

	private final WhitelistService whitelist;

	private final PassService passes;

	private final FieldCipher cipher;

	private final AuditService audit;

	private final Clock clock;

	private final TripRoutes routes;

	private final TripAccess access;

	/**
	 * Registers a trip of the caller's enterprise, pending the district's decision.
	 * The enterprise must be actively whitelisted (422 otherwise, saying why); the
	 * window must start before it ends, last at most 30 days and not be over (400
	 * with the fields). Nothing is saved unless all of it holds.
	 */
	@Transactional
	public TripView register(CurrentUser user, TripInput input) {
		return register(user, input, RouteRequest.NONE);
	}

	/**
	 * The same, naming the trip's loop (三点往返): the receiving enterprise and,
	 * optionally, the drivers' quarantine point (checked by {@link TripRoutes}).
	 */
	@Transactional
	public TripView register(CurrentUser user, TripInput input, RouteRequest routeRequest) {
		return register(user, input, routeRequest, null);
	}

	/** The same for a trip made from a confirmed shared-truck booking, which its page then links back to. */
	@Transactional
	public TripView registerForTruckBooking(CurrentUser user, TripInput input, long truckBookingId) {
		return register(user, input, RouteRequest.NONE, truckBookingId);
	}

	private TripView register(CurrentUser user, TripInput input, RouteRequest routeRequest, Long truckBookingId) {
		EnterpriseView enterprise = this.enterprises.find(user.requireEnterpriseId())
			.orElseThrow(() -> new NotFoundException("enterprise"));
		this.enterprises.requireVerified(enterprise.id());
		this.whitelist.standingOf(enterprise.id()).requireActive("vehicle.enterprise.suspended",
				"vehicle.enterprise.notWhitelisted");
		Instant now = this.clock.instant();
		TripInput clean = TripInputs.clean(input, now);
		TripRoute route = this.routes.resolve(enterprise.districtCode(), routeRequest);
		VehicleTrip.SealedId driverId = seal(clean.driverIdNumber());
		boolean known = this.drivers.existsByDistrictCodeAndIdHash(enterprise.districtCode(), driverId.hash());
		VehicleTrip registered = new VehicleTrip(
				new VehicleTrip.Owner(enterprise.id(), enterprise.name(), enterprise.districtCode(),
						enterprise.townCode()),
				clean, driverId, known, user.getUsername(), now);
		registered.route(route);
		if (truckBookingId != null) {
			registered.fromTruckBooking(truckBookingId);
		}
		VehicleTrip trip = this.trips.saveAndFlush(registered);
		this.audit.record("VEHICLE_TRIP_REGISTERED", AUDIT_TARGET, trip.getId(), AuditService.SUCCESS,
				clean.plate() + " " + clean.scope() + (known ? ", whitelisted driver" : ""));
		return TripAccess.view(user, trip, null);
	}

	/** The trips the caller may see: the own enterprise's, or the jurisdiction's. */
	@Transactional(readOnly = true)
	public Page<TripView> search(CurrentUser user, TripQuery query, Pageable pageable) {
		Long enterprise = user.isOfficial() ? null : user.requireEnterpriseId();
		Jurisdiction scope = user.isOfficial() ? user.jurisdiction() : Jurisdiction.EVERYWHERE;
		String plate = (query.plate() != null && !query.plate().isBlank())
				? "%" + Plates.normalize(query.plate()).replace("%", "").replace("_", "") + "%" : null;
		return this.trips
			.search(enterprise, scope.districtCode(), scope.townCode(), query.status(), query.scope(), plate,
					query.driverWhitelisted(), pageable)
			.map((trip) -> TripAccess.view(user, trip, null));
	}

	/** One trip the caller may see, with its pass when approved. */
	@Transactional(readOnly = true)
	public TripView find(CurrentUser user, long id) {
		VehicleTrip trip = this.access.visible(user, id);
		return TripAccess.view(user, trip, this.access.pass(user, trip));
	}

	/** The enterprise withdraws a pending trip. */
	@Transactional
	public TripView cancel(CurrentUser user, long id, Long version) {
		VehicleTrip trip = this.access.own(user, id);
		if (version != null && version != trip.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(VehicleTrip.class, id);
		}
		try {
			trip.cancel(user.getUsername(), this.clock.instant());
		}
		catch (IllegalStateException ex) {
			throw new ConflictException("vehicle.transition.illegal");
		}
		this.trips.flush();
		this.audit.record("VEHICLE_TRIP_CANCELLED", AUDIT_TARGET, id, AuditService.SUCCESS, trip.getPlate());
		return TripAccess.view(user, trip, null);
	}

	/** The enterprise revokes the pass of one of its approved trips. */
	@Transactional
	public TripView revokePass(CurrentUser user, long id, String reason) {
		VehicleTrip trip = this.access.own(user, id);
		if (trip.getPassId() == null) {
			throw new ConflictException("vehicle.pass.none");
		}
		PassView pass = this.passes.revoke(user, trip.getPassId(), reason);
		this.audit.record("VEHICLE_PASS_REVOKED", AUDIT_TARGET, id, AuditService.SUCCESS,
				"pass " + trip.getPassId());
		return TripAccess.view(user, trip, pass);
	}

	/**
	 * Where a trip stands, for a record of another module that links to it (a
	 * shared-truck booking shows its party that is not the trip's enterprise
	 * whether the pass was issued); empty for an unknown trip.
	 */
	@Transactional(readOnly = true)
	public Optional<TripStatus> statusOf(long tripId) {
		return this.trips.findById(tripId).map(VehicleTrip::getStatus);
	}

	/** Trips pending, approved and rejected per scope in the official's jurisdiction, every scope listed. */
	@Transactional(readOnly = true)
	public List<ScopeFigures> figures(CurrentUser official) {
		Jurisdiction scope = official.jurisdiction();
		Map<VehicleScope, long[]> counts = new EnumMap<>(VehicleScope.class);
		for (VehicleScope s : VehicleScope.values()) {
			counts.put(s, new long[4]);
		}
		for (Object[] row : this.trips.figures(scope.districtCode(), scope.townCode())) {
			long[] c = counts.get((VehicleScope) row[0]);
			long number = ((Number) row[2]).longValue();
			switch ((TripStatus) row[1]) {
				case PENDING -> c[0] += number;
				case APPROVED -> {
					c[1] += number;
					c[3] = ((Number) row[3]).longValue();
				}
				case REJECTED -> c[2] += number;
				case CANCELLED -> {
				}
			}
		}
		return counts.entrySet()
			.stream()
			.map((e) -> new ScopeFigures(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
					e.getValue()[3]))
			.toList();
	}

	/** The quarantine points the caller's enterprise may name (those of its district). */
	@Transactional(readOnly = true)
	public List<org.fugong.gate.VehicleMovements.QuarantinePoint> quarantinePoints(CurrentUser user) {
		return this.enterprises.find(user.requireEnterpriseId())
			.map((enterprise) -> this.routes.pointsFor(enterprise.districtCode()))
			.orElse(List.of());
	}

	/** How many trips of the official's jurisdiction wait for a decision (one count). */
	@Transactional(readOnly = true)
	public long pendingCount(CurrentUser official) {
		Jurisdiction scope = official.jurisdiction();
		return this.trips.countPending(scope.districtCode(), scope.townCode());
	}

	/** Whether an official may decide on the trip: a district official of its district. */
	public boolean decides(CurrentUser user, TripView trip) {
		return user.is(Role.DISTRICT_OFFICIAL) && trip.districtCode().equals(user.regionCode());
	}

	/** Registers a trip for an enterprise without a signed-in user (demo data). */
	@Transactional
	long registerAs(long enterpriseId, String actor, TripInput input, Instant now) {
		return registerAs(enterpriseId, actor, input, now, null, null);
	}

	/** The same, naming the trip's loop (demo data). */
	@Transactional
	long registerAs(long enterpriseId, String actor, TripInput input, Instant now, Long receiverEnterpriseId,
			Long quarantinePointId) {
		EnterpriseView enterprise = this.enterprises.find(enterpriseId)
			.orElseThrow(() -> new NotFoundException("enterprise"));
		VehicleTrip.SealedId driverId = seal(input.driverIdNumber());
		boolean known = this.drivers.existsByDistrictCodeAndIdHash(enterprise.districtCode(), driverId.hash());
		VehicleTrip trip = new VehicleTrip(new VehicleTrip.Owner(enterprise.id(), enterprise.name(),
				enterprise.districtCode(), enterprise.townCode()), input, driverId, known, actor, now);
		trip.route(this.routes.resolve(enterprise.districtCode(), receiverEnterpriseId, quarantinePointId));
		return this.trips.saveAndFlush(trip).getId();
	}

	boolean hasTrips(long enterpriseId) {
		return this.trips.existsByEnterpriseId(enterpriseId);
	}

	VehicleTrip.SealedId seal(String idNumber) {
		String normalized = IdNumbers.normalize(idNumber);
		return new VehicleTrip.SealedId(this.cipher.encrypt(normalized), this.cipher.hash(normalized),
				Masking.idNumber(normalized));
	}

	/** What a district official decides on a trip. */
	public enum Decision {

		APPROVE, REJECT

	}

}
