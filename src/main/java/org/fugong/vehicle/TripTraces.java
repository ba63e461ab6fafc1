package org.fugong.vehicle;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.Plates;
import org.fugong.gate.CheckpointKind;
import org.fugong.gate.Direction;
import org.fugong.gate.TripSequence;
import org.fugong.gate.VehicleMovements;
import org.fugong.gate.VehicleMovements.Arrival;
import org.fugong.gate.VehicleMovements.Point;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The traces of trips for their pages: one trip's points on a timeline, and the
 * trips reported as not left that are still inside, for the officials whose
 * jurisdiction covers where the vehicle stands.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TripTraces {

	private final VehicleService vehicles;

	private final VehicleTripRepository trips;

	private final VehicleMovements movements;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	/** The timeline of a trip the caller may see (404 otherwise). */
	@Transactional(readOnly = true)
	public TripTimeline timeline(CurrentUser user, long tripId) {
		TripView trip = this.vehicles.find(user, tripId);
		List<Point> points = (trip.passId() != null) ? this.movements.pointsOf(trip.passId()) : List.of();
		Long receiver = trip.route().receiverEnterpriseId();
		List<TripTimeline.Stop> stops = points.stream().map((p) -> new TripTimeline.Stop(p,
				(receiver != null && p.kind() == CheckpointKind.FACTORY_GATE
						&& (p.direction() == Direction.ARRIVE || p.direction() == Direction.DEPART))
								? Objects.equals(receiver, p.checkpointEnterpriseId()) : null))
			.toList();
		Direction last = points.stream()
			.filter((p) -> p.valid() && p.kind() != CheckpointKind.QUARANTINE_POINT)
			.reduce((a, b) -> b)
			.map(Point::direction)
			.orElse(null);
		List<Map<String, Object>> notLeft = this.jdbc.queryForList(
				"SELECT arrived_at, hours FROM vehicle_not_left WHERE trip_id = ?", tripId);
		Instant since = notLeft.isEmpty() ? null : ((Timestamp) notLeft.get(0).get("arrived_at")).toInstant();
		Integer hours = notLeft.isEmpty() ? null : ((Number) notLeft.get(0).get("hours")).intValue();
		return new TripTimeline(trip.route(), stops, (trip.passId() != null) ? TripSequence.expectedAfter(last).name() : null, since, hours);
	}

	/** The trip of a vehicle pass that the caller may see (the gate's trace page links to it), or empty. */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> tripOfPass(CurrentUser user, long passId) {
		return this.trips.findByPassIdIn(List.of(passId))
			.stream()
			.findFirst()
			.map((trip) -> this.vehicles.find(user, trip.getId()).id());
	}

	/** The trips reported as not left and still inside, where the caller's jurisdiction covers the gate. */
	@Transactional(readOnly = true)
	public List<NotLeftTrip> notLeft(CurrentUser official) {
		Instant now = this.clock.instant();
		List<Arrival> inside = this.movements.stillInside(now.minus(NotLeftDetector.LOOK_BACK), now);
		if (inside.isEmpty()) {
			return List.of();
		}
		Jurisdiction scope = official.jurisdiction();
		Map<Long, Arrival> byPass = inside.stream()
			.filter((a) -> scope.covers(a.districtCode(), a.regionCode()))
			.collect(Collectors.toMap(Arrival::passId, Function.identity(), (a, b) -> a));
		if (byPass.isEmpty()) {
			return List.of();
		}
		List<Long> reported = this.jdbc.queryForList("""
				SELECT n.trip_id FROM vehicle_not_left n JOIN vehicle_trip t ON t.id = n.trip_id
				WHERE t.pass_id = ANY (?)
				""", Long.class, (Object) byPass.keySet().toArray(new Long[0]));
		return this.trips.findAllById(reported)
			.stream()
			.map((trip) -> {
				Arrival arrival = byPass.get(trip.getPassId());
				return new NotLeftTrip(trip.getId(), Plates.mask(trip.getPlate()), trip.getEnterpriseName(),
						trip.getRoute().receiverName(), arrival.checkpointName(), arrival.arrivedAt(),
						(int) java.time.Duration.between(arrival.arrivedAt(), now).toHours());
			})
			.sorted(java.util.Comparator.comparing(NotLeftTrip::arrivedAt))
			.toList();
	}

}
