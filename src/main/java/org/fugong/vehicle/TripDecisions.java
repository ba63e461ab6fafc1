package org.fugong.vehicle;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.Plates;
import org.fugong.common.SmsOutbox;
import org.fugong.common.TimeFormat;
import org.fugong.inbox.InboxService;
import org.fugong.pass.PassService;
import org.fugong.pass.PassService.Issued;
import org.fugong.pass.PassView;
import org.fugong.pass.VehiclePassRequest;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;
import org.fugong.vehicle.VehicleService.Decision;
import org.fugong.workforce.Drivers;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's decision on a vehicle trip: approval issues the pass, texts
 * the driver the link and tells the enterprise; rejection, with its opinion,
 * tells the enterprise.
 */
@Service
@RequiredArgsConstructor
class TripDecisions {

	/** Drivers read their text in Chinese: the bundle's default. */
	private static final Locale SMS_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private static final DateTimeFormatter SMS_TIME = DateTimeFormatter.ofPattern("M月d日HH:mm")
		.withZone(TimeFormat.ZONE);

	private static final String AUDIT_TARGET = VehicleService.AUDIT_TARGET;

	private final VehicleTripRepository trips;

	private final TripAccess access;

	private final PassService passes;

	private final Drivers roster;

	private final SmsOutbox sms;

	private final InboxService inbox;

	private final AuditService audit;

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * A district official's decision on a pending trip of their district. With a
	 * {@code version}, only if nobody changed the trip since (409 otherwise).
	 * Approval issues the pass, queues the driver's text with the link and tells
	 * the enterprise; rejection needs an opinion and tells the enterprise.
	 */
	@Transactional
	TripView decide(CurrentUser official, long id, Decision action, String opinion, Long version) {
		if (!official.is(Role.DISTRICT_OFFICIAL)) {
			throw new AccessDeniedException(official.getUsername() + " does not decide on vehicle trips");
		}
		VehicleTrip trip = this.access.visible(official, id);
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
		return TripAccess.view(official, trip, pass);
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

	private PassView approve(VehicleTrip trip, String actor, String opinion) {
		// Drivers are people with tests: one on the roster is judged at the gate like a worker.
		trip.driverOnRoster(this.roster.onRoster(trip.getEnterpriseId(), trip.getDriver().getIdHash()).orElse(null));
		Issued issued = this.passes.issueVehicle(new VehiclePassRequest(trip.getEnterpriseId(), trip.getPlate(),
				Plates.mask(trip.getPlate()), trip.getScope(), trip.getValidFrom(), trip.getValidTo(),
				trip.getDriver().getEmployeeId()), actor);
		Instant now = this.clock.instant();
		trip.approve(actor, opinion, issued.pass().id(), now);
		this.trips.flush();
		String scope = this.messages.getMessage("vehicle.scope." + trip.getScope(), null, SMS_LOCALE);
		String text = this.messages.getMessage("vehicle.sms.approved",
				new Object[] { trip.getEnterpriseName(), trip.getPlate(), scope,
						SMS_TIME.format(issued.pass().validFrom()), SMS_TIME.format(issued.pass().validTo()),
						this.passes.linkUrl(issued.holderLink()) },
				SMS_LOCALE);
		this.sms.enqueue(trip.getDriver().getPhone(), text, "VEHICLE_PASS");
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

}
