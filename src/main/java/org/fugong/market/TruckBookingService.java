package org.fugong.market;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.inbox.InboxService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.vehicle.TripInput;
import org.fugong.vehicle.TripView;
import org.fugong.vehicle.VehicleService;
import org.fugong.workforce.DriverIdentity;
import org.fugong.workforce.TestStanding;
import org.fugong.workforce.Workforce;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings of pool trucks: a verified enterprise asks for a truck for a day, the
 * carrier confirms (which registers the vehicle trip for the truck and its
 * driver, pending the district's pass decision) or declines before the
 * deadline, or the request declines itself (EXPIRED). The database lets only
 * one live booking hold a truck for a day. Each change tells the other side in its inbox.
 */
@Service
@RequiredArgsConstructor
class TruckBookingService {

	/** How long a carrier has at most to answer, and at least when the day is near. */
	static final Duration ANSWER_WITHIN = Duration.ofHours(12);

	static final Duration ANSWER_AT_LEAST = Duration.ofHours(1);

	private static final Set<TruckBookingState> HOLDING = Set.of(TruckBookingState.REQUESTED,
			TruckBookingState.CONFIRMED);

	private final TruckBookingRepository bookings;

	private final MarketTruckRepository trucks;

	private final TruckBookingViews views;

	private final EnterpriseService enterprises;

	private final VehicleService vehicles;

	private final Workforce workforce;

	private final InboxService inbox;

	private final Clock clock;

	/** Asks for a truck for a day; 409 when a live booking holds it that day already. */
	@Transactional
	TruckBookingView book(CurrentUser user, TruckBookingInput input) {
		long me = user.requireEnterpriseId();
		this.enterprises.requireVerified(me);
		MarketTruck truck = this.trucks.findById(input.truckId())
			.filter(MarketTruck::isActive)
			.orElseThrow(() -> new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("truckId", "market.truck.unknown"))));
		LocalDate today = LocalDate.ofInstant(now(), TimeFormat.ZONE);
		if (input.date().isBefore(today) || input.date().isAfter(today.plusDays(TruckPoolService.BOOKABLE_DAYS))) {
			throw new InvalidInputException("problem.400.invalid", List.of(
					new FieldProblem("date", "market.truck.date.range", TruckPoolService.BOOKABLE_DAYS)));
		}
		if (truck.getEnterpriseId() == me) {
			throw new BusinessRuleException("market.truck.ownTruck");
		}
		if (!truck.servesOn(input.date())) {
			throw new BusinessRuleException("market.truck.notServing");
		}
		if (this.bookings.existsByTruckIdAndDateAndStateIn(truck.getId(), input.date(), HOLDING)) {
			throw taken();
		}
		TruckBooking booking;
		try {
			booking = this.bookings.saveAndFlush(
					new TruckBooking(truck, me, input, user.getUsername(), now(), deadline(input.date())));
		}
		catch (DataIntegrityViolationException ex) {
			// Another enterprise asked for the same truck and day at the same moment: the index decided.
			throw taken();
		}
		this.inbox.notifyEnterprise(truck.getEnterpriseId(), "market.truck.notice.requested",
				List.of(truck.getPlate(), input.date().toString()), link(booking));
		return this.views.of(user, booking);
	}

	/**
	 * The carrier confirms: registers the vehicle trip for the truck and its driver
	 * (the truck's usual one unless {@code driverId} names another active employee)
	 * for the day, and links it. 422 when the carrier is not actively whitelisted or
	 * the driver tested positive; nothing changes then.
	 */
	@Transactional
	TruckBookingView confirm(CurrentUser user, long id, Long driverId) {
		TruckBooking booking = requested(asCarrier(user, id));
		MarketTruck truck = this.trucks.findById(booking.getTruckId()).orElseThrow(() -> new NotFoundException("truck"));
		Long driver = (driverId != null) ? driverId : truck.getDriverEmployeeId();
		if (driver == null) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("driverId", "market.truck.driver.required")));
		}
		DriverIdentity identity = this.workforce.driverIdentity(booking.getCarrierEnterpriseId(), driver)
			.orElseThrow(() -> new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("driverId", "market.truck.driver.unknown"))));
		if (this.workforce.standing(driver, now()) == TestStanding.POSITIVE) {
			throw new BusinessRuleException("market.truck.driver.positive");
		}
		Instant dayStart = booking.getDate().atStartOfDay(TimeFormat.ZONE).toInstant();
		Instant from = dayStart.isAfter(now()) ? dayStart : now();
		Instant to = booking.getDate().plusDays(1).atStartOfDay(TimeFormat.ZONE).toInstant();
		// The trip links back to the booking; its cargo names it too, for the official deciding on its pass.
		TripView trip = this.vehicles.registerForTruckBooking(user,
				new TripInput(truck.getPlate(), truck.getVehicleType(), identity.name(), identity.phone(),
						identity.idNumber(), booking.getScope(), booking.getOrigin(), booking.getDestination(), from,
						to, booking.getCargo() + "（共享货车预约 #" + booking.getId() + "）"), booking.getId());
		booking.confirm(trip.id(), user.getUsername(), now());
		return told(user, booking, booking.getBookerEnterpriseId(), "market.truck.notice.confirmed",
				List.of(truck.getPlate(), booking.getDate().toString()));
	}

	@Transactional
	TruckBookingView decline(CurrentUser user, long id, String reason) {
		TruckBooking booking = requested(asCarrier(user, id));
		booking.decline(user.getUsername(), now(), blankToNull(reason));
		return told(user, booking, booking.getBookerEnterpriseId(), "market.truck.notice.declined",
				List.of(booking.getDate().toString(), (booking.getReason() != null) ? booking.getReason() : ""));
	}

	/** The enterprise that asked withdraws its request while the carrier has not answered. */
	@Transactional
	TruckBookingView cancel(CurrentUser user, long id, String reason) {
		TruckBooking booking = this.bookings.findById(id)
			.filter((b) -> b.getBookerEnterpriseId() == user.requireEnterpriseId())
			.orElseThrow(() -> new NotFoundException("booking"));
		if (booking.getState() != TruckBookingState.REQUESTED) {
			throw new ConflictException("market.truck.booking.notRequested");
		}
		booking.cancel(user.getUsername(), now(), blankToNull(reason));
		return told(user, booking, booking.getCarrierEnterpriseId(), "market.truck.notice.cancelled",
				List.of(booking.getDate().toString()));
	}

	/** The booking's change written, the other side told; the booking as it is now. */
	private TruckBookingView told(CurrentUser user, TruckBooking booking, long enterpriseId, String messageKey,
			List<String> args) {
		this.bookings.flush();
		this.inbox.notifyEnterprise(enterpriseId, messageKey, args, link(booking));
		return this.views.of(user, booking);
	}

	@Transactional(readOnly = true)
	TruckBookingView find(CurrentUser user, long id) {
		return this.views.of(user, visible(user, id));
	}

	/**
	 * An enterprise's bookings, made and received; an official's, of the trucks
	 * based in the jurisdiction from 30 days ago on. Requests waiting for an
	 * answer first, key supply-chain firms' first among them, then the latest days.
	 */
	@Transactional(readOnly = true)
	List<TruckBookingView> list(CurrentUser user) {
		List<TruckBooking> found;
		if (user.isOfficial()) {
			Jurisdiction scope = user.jurisdiction();
			found = this.bookings.inJurisdiction(scope.districtCode(), scope.townCode(),
					LocalDate.ofInstant(now(), TimeFormat.ZONE).minusDays(30));
		}
		else {
			found = this.bookings.ofEnterprise(user.requireEnterpriseId());
		}
		List<TruckBookingView> result = new ArrayList<>(this.views.of(user, found));
		result.sort(Comparator.comparing((TruckBookingView v) -> v.state() != TruckBookingState.REQUESTED)
			.thenComparing((v) -> !v.keyFirm())
			.thenComparing(TruckBookingView::date, Comparator.reverseOrder())
			.thenComparing(TruckBookingView::id, Comparator.reverseOrder()));
		return result;
	}

	/** Declines the requests whose carrier let the deadline pass, and tells both sides. */
	@Transactional
	int expireOverdue() {
		List<Long> ids = this.bookings.overdue(now());
		for (TruckBooking booking : this.bookings.findByIdIn(ids)) {
			booking.expire(now());
			this.inbox.notifyEnterprise(booking.getBookerEnterpriseId(), "market.truck.notice.expired",
					List.of(booking.getDate().toString()), link(booking));
			this.inbox.notifyEnterprise(booking.getCarrierEnterpriseId(), "market.truck.notice.expired",
					List.of(booking.getDate().toString()), link(booking));
		}
		return ids.size();
	}

	/** Twelve hours to answer, but no later than the day starts, and never less than an hour. */
	Instant deadline(LocalDate day) {
		Instant now = now();
		Instant dayStart = day.atStartOfDay(TimeFormat.ZONE).toInstant();
		Instant latest = now.plus(ANSWER_WITHIN).isBefore(dayStart) ? now.plus(ANSWER_WITHIN) : dayStart;
		Instant earliest = now.plus(ANSWER_AT_LEAST);
		return latest.isBefore(earliest) ? earliest : latest;
	}

	private TruckBooking visible(CurrentUser user, long id) {
		TruckBooking booking = this.bookings.findById(id).orElseThrow(() -> new NotFoundException("booking"));
		boolean visible = user.isOfficial()
				? user.jurisdiction().covers(booking.getDistrictCode(), booking.getTownCode())
				: user.enterpriseId() != null && (booking.getBookerEnterpriseId() == user.enterpriseId()
						|| booking.getCarrierEnterpriseId() == user.enterpriseId());
		if (!visible) {
			throw new NotFoundException("booking");
		}
		return booking;
	}

	private TruckBooking asCarrier(CurrentUser user, long id) {
		return this.bookings.findById(id)
			.filter((b) -> b.getCarrierEnterpriseId() == user.requireEnterpriseId())
			.orElseThrow(() -> new NotFoundException("booking"));
	}

	private TruckBooking requested(TruckBooking booking) {
		if (booking.getState() != TruckBookingState.REQUESTED) {
			throw new ConflictException("market.truck.booking.notRequested");
		}
		if (!booking.getDeadline().isAfter(now())) {
			throw new ConflictException("market.truck.booking.overdue");
		}
		return booking;
	}

	private static ConflictException taken() {
		return new ConflictException("market.truck.taken", List.of(new FieldProblem("date", "market.truck.taken")));
	}

	private static String link(TruckBooking booking) {
		return "/trucks/bookings/" + booking.getId();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
