package org.fugong.vehicle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldCipher;
import org.fugong.common.FieldProblem;
import org.fugong.common.IdNumbers;
import org.fugong.common.InvalidInputException;
import org.fugong.common.Masking;
import org.fugong.common.NotFoundException;
import org.fugong.common.Plates;
import org.fugong.common.SmsOutbox;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.inbox.InboxService;
import org.fugong.pass.PassService;
import org.fugong.pass.PassService.Issued;
import org.fugong.pass.PassView;
import org.fugong.pass.VehiclePassRequest;
import org.fugong.pass.VehicleScope;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;
import org.fugong.whitelist.WhitelistService;
import org.fugong.whitelist.WhitelistStanding;
import org.fugong.workforce.Drivers;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vehicle trips: registration by an actively whitelisted enterprise, the
 * decision of a district official of the enterprise's district (approval
 * issues the pass, texts the driver and tells the enterprise), cancellation of
 * a pending trip and revocation of its pass by the enterprise. An enterprise
 * sees its own trips, an official those of the jurisdiction, scoped in the
 * query; anything else is "not found".
 */
@Service
public class VehicleService {

	/** The longest a trip's window may be, as the longest validity of a pass. */
	static final Duration LONGEST_WINDOW = Duration.ofDays(30);

	static final String AUDIT_TARGET = "VEHICLE_TRIP";

	/** Drivers read their text in Chinese: the bundle's default. */
	private static final Locale SMS_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private static final DateTimeFormatter SMS_TIME = DateTimeFormatter.ofPattern("M月d日HH:mm")
		.withZone(TimeFormat.ZONE);

	private final VehicleTripRepository trips;

	private final VehicleDriverRepository drivers;

	private final EnterpriseService enterprises;

	private final WhitelistService whitelist;

	private final PassService passes;

	private final FieldCipher cipher;

	private final SmsOutbox sms;

	private final InboxService inbox;

	private final AuditService audit;

	private final MessageSource messages;

	private final Clock clock;

	private final TripRoutes routes;

	private final Drivers roster;

	VehicleService(VehicleTripRepository trips, VehicleDriverRepository drivers, EnterpriseService enterprises,
			WhitelistService whitelist, PassService passes, FieldCipher cipher, SmsOutbox sms, InboxService inbox,
			AuditService audit, MessageSource messages, Clock clock, TripRoutes routes, Drivers roster) {
		this.routes = routes;
		this.roster = roster;
		this.trips = trips;
		this.drivers = drivers;
		this.enterprises = enterprises;
		this.whitelist = whitelist;
		this.passes = passes;
		this.cipher = cipher;
		this.sms = sms;
		this.inbox = inbox;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

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
		requireWhitelisted(enterprise.id());
		Instant now = this.clock.instant();
		TripInput clean = clean(input, now);
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
		return view(user, trip, null);
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
			.map((trip) -> view(user, trip, null));
	}

	/** One trip the caller may see, with its pass when approved. */
	@Transactional(readOnly = true)
	public TripView find(CurrentUser user, long id) {
		VehicleTrip trip = visible(user, id);
		return view(user, trip, pass(user, trip));
	}

	/**
	 * A district official's decision on a pending trip of their district. With a
	 * {@code version}, only if nobody changed the trip since (409 otherwise).
	 * Approval issues the pass, queues the driver's text with the link and tells
	 * the enterprise; rejection needs an opinion and tells the enterprise.
	 */
	@Transactional
	public TripView decide(CurrentUser official, long id, Decision action, String opinion, Long version) {
		if (!official.is(Role.DISTRICT_OFFICIAL)) {
			throw new AccessDeniedException(official.getUsername() + " does not decide on vehicle trips");
		}
		VehicleTrip trip = visible(official, id);
		if (version != null && version != trip.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(VehicleTrip.class, id);
		}
		String why = (opinion != null && !opinion.isBlank()) ? opinion.strip() : null;
		List<FieldProblem> problems = new ArrayList<>();
		if (action == null) {
			problems.add(new FieldProblem("action", "validation.required"));
		}
		if (action == Decision.REJECT && why == null) {
			problems.add(new FieldProblem("opinion", "vehicle.decision.opinionRequired"));
		}
		if (why != null && why.length() > 500) {
			problems.add(new FieldProblem("opinion", "vehicle.validation.opinion.tooLong"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
		if (trip.getStatus() != TripStatus.PENDING) {
			throw new ConflictException("vehicle.transition.illegal");
		}
		if (action == Decision.APPROVE && !trip.getValidTo().isAfter(this.clock.instant())) {
			throw new BusinessRuleException("vehicle.decision.windowOver");
		}
		PassView pass = (action == Decision.APPROVE) ? approve(trip, official.getUsername(), why)
				: reject(trip, official.getUsername(), why);
		return view(official, trip, pass);
	}

	/** The enterprise withdraws a pending trip. */
	@Transactional
	public TripView cancel(CurrentUser user, long id, Long version) {
		VehicleTrip trip = own(user, id);
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
		return view(user, trip, null);
	}

	/** The enterprise revokes the pass of one of its approved trips. */
	@Transactional
	public TripView revokePass(CurrentUser user, long id, String reason) {
		VehicleTrip trip = own(user, id);
		if (trip.getPassId() == null) {
			throw new ConflictException("vehicle.pass.none");
		}
		PassView pass = this.passes.revoke(user, trip.getPassId(), reason);
		this.audit.record("VEHICLE_PASS_REVOKED", AUDIT_TARGET, id, AuditService.SUCCESS,
				"pass " + trip.getPassId());
		return view(user, trip, pass);
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

	/** Decides on a trip in the name of an official (demo data). */
	@Transactional
	void decideAs(long id, String actor, Decision action, String opinion) {
		VehicleTrip trip = this.trips.findById(id).orElseThrow(() -> new NotFoundException("trip"));
		if (action == Decision.APPROVE) {
			approve(trip, actor, opinion);
		}
		else {
			reject(trip, actor, opinion);
		}
	}

	boolean hasTrips(long enterpriseId) {
		return this.trips.existsByEnterpriseId(enterpriseId);
	}

	private PassView approve(VehicleTrip trip, String actor, String opinion) {
		// Drivers are people with tests: one on the roster is judged at the gate like a worker.
		trip.driverOnRoster(this.roster.onRoster(trip.getEnterpriseId(), trip.getDriverIdHash()).orElse(null));
		Issued issued = this.passes.issueVehicle(new VehiclePassRequest(trip.getEnterpriseId(), trip.getPlate(),
				Plates.mask(trip.getPlate()), trip.getScope(), trip.getValidFrom(), trip.getValidTo(),
				trip.getDriverEmployeeId()), actor);
		Instant now = this.clock.instant();
		trip.approve(actor, opinion, issued.pass().id(), now);
		this.trips.flush();
		String scope = this.messages.getMessage("vehicle.scope." + trip.getScope(), null, SMS_LOCALE);
		String text = this.messages.getMessage("vehicle.sms.approved",
				new Object[] { trip.getEnterpriseName(), trip.getPlate(), scope,
						SMS_TIME.format(issued.pass().validFrom()), SMS_TIME.format(issued.pass().validTo()),
						this.passes.linkUrl(issued.holderLink()) },
				SMS_LOCALE);
		this.sms.enqueue(trip.getDriverPhone(), text, "VEHICLE_PASS");
		this.inbox.notifyEnterprise(trip.getEnterpriseId(), "vehicle.inbox.APPROVED",
				List.of(trip.getPlate(), (opinion != null) ? opinion : ""), "/vehicles/" + trip.getId());
		this.audit.recordAs(actor, "VEHICLE_TRIP_APPROVED", AUDIT_TARGET, trip.getId(), AuditService.SUCCESS,
				"pass " + issued.pass().id() + ((opinion != null) ? ": " + opinion : ""));
		return issued.pass();
	}

	private PassView reject(VehicleTrip trip, String actor, String opinion) {
		trip.reject(actor, opinion, this.clock.instant());
		this.trips.flush();
		this.inbox.notifyEnterprise(trip.getEnterpriseId(), "vehicle.inbox.REJECTED",
				List.of(trip.getPlate(), (opinion != null) ? opinion : ""), "/vehicles/" + trip.getId());
		this.audit.recordAs(actor, "VEHICLE_TRIP_REJECTED", AUDIT_TARGET, trip.getId(), AuditService.SUCCESS,
				opinion);
		return null;
	}

	private void requireWhitelisted(long enterpriseId) {
		WhitelistStanding standing = this.whitelist.standingOf(enterpriseId);
		if (standing != WhitelistStanding.ACTIVE) {
			throw new BusinessRuleException((standing == WhitelistStanding.SUSPENDED) ? "vehicle.enterprise.suspended"
					: "vehicle.enterprise.notWhitelisted");
		}
	}

	/** The input with the rules that span fields checked, and its text normalised. */
	private static TripInput clean(TripInput input, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		String plate = Plates.normalize(input.plate());
		if (plate == null || !Plates.isValid(plate)) {
			problems.add(new FieldProblem("plate", "vehicle.validation.plate.invalid"));
		}
		String idNumber = IdNumbers.normalize(input.driverIdNumber());
		if (idNumber == null || !IdNumbers.isValid(idNumber)) {
			problems.add(new FieldProblem("driverIdNumber", "vehicle.validation.idNumber.invalid"));
		}
		if (input.validFrom() == null) {
			problems.add(new FieldProblem("validFrom", "validation.required"));
		}
		if (input.validTo() == null) {
			problems.add(new FieldProblem("validTo", "validation.required"));
		}
		else if (!input.validTo().isAfter(now)) {
			problems.add(new FieldProblem("validTo", "vehicle.validation.window.over"));
		}
		if (input.validFrom() != null && input.validTo() != null) {
			if (!input.validTo().isAfter(input.validFrom())) {
				problems.add(new FieldProblem("validTo", "vehicle.validation.window.order"));
			}
			else if (Duration.between(input.validFrom(), input.validTo()).compareTo(LONGEST_WINDOW) > 0) {
				problems.add(new FieldProblem("validTo", "vehicle.validation.window.tooLong", LONGEST_WINDOW.toDays()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
		return new TripInput(plate, input.vehicleType(), strip(input.driverName()), strip(input.driverPhone()),
				idNumber, input.scope(), strip(input.origin()), strip(input.destination()), input.validFrom(),
				input.validTo(), strip(input.cargo()));
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	VehicleTrip.SealedId seal(String idNumber) {
		String normalized = IdNumbers.normalize(idNumber);
		return new VehicleTrip.SealedId(this.cipher.encrypt(normalized), this.cipher.hash(normalized),
				Masking.idNumber(normalized));
	}

	private VehicleTrip visible(CurrentUser user, long id) {
		Long enterprise = user.isOfficial() ? null : user.requireEnterpriseId();
		Jurisdiction scope = user.isOfficial() ? user.jurisdiction() : Jurisdiction.EVERYWHERE;
		return this.trips.findVisible(id, enterprise, scope.districtCode(), scope.townCode())
			.orElseThrow(() -> new NotFoundException("trip"));
	}

	private VehicleTrip own(CurrentUser user, long id) {
		return this.trips.findVisible(id, user.requireEnterpriseId(), null, null)
			.orElseThrow(() -> new NotFoundException("trip"));
	}

	private PassView pass(CurrentUser user, VehicleTrip trip) {
		return (trip.getPassId() != null) ? this.passes.find(user, trip.getPassId()) : null;
	}

	private static TripView view(CurrentUser user, VehicleTrip trip, PassView pass) {
		boolean own = !user.isOfficial();
		return new TripView(trip.getId(), trip.getStatus(), trip.getEnterpriseId(), trip.getEnterpriseName(),
				trip.getDistrictCode(), trip.getTownCode(), trip.getPlate(), Plates.mask(trip.getPlate()),
				trip.getVehicleType(), trip.getDriverName(),
				own ? trip.getDriverPhone() : Masking.phone(trip.getDriverPhone()), trip.getDriverIdMasked(),
				trip.isDriverWhitelisted(), trip.getScope(), trip.getOrigin(), trip.getDestination(),
				trip.getValidFrom(), trip.getValidTo(), trip.getCargo(), trip.getCreatedAt(), trip.getCreatedBy(),
				trip.getDecidedAt(), trip.getDecidedBy(), trip.getOpinion(), trip.getPassId(),
				(pass != null) ? pass.status() : null, (pass != null) ? pass.validFrom() : null,
				(pass != null) ? pass.validTo() : null, (pass != null && own) ? pass.qrText() : null,
				trip.getVersion(), trip.getRoute(), trip.getDriverEmployeeId() != null, trip.getTruckBookingId());
	}

	/** What a district official decides on a trip. */
	public enum Decision {

		APPROVE, REJECT

	}

}
