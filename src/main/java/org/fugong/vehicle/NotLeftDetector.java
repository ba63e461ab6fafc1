package org.fugong.vehicle;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.fugong.gate.VehicleMovements;
import org.fugong.gate.VehicleMovements.Arrival;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the vehicles that arrived at a factory gate and have not departed after
 * the hours of the district they stand in (N hours exactly counts), once a
 * minute on one instance (ShedLock), and publishes {@link VehicleNotLeft} once
 * per trip: the row in {@code vehicle_not_left} decides, whatever the retries
 * or instances.
 */
@Component
class NotLeftDetector {

	/** Arrivals older than this are history, not a vehicle still waiting. */
	static final Duration LOOK_BACK = Duration.ofDays(30);

	private final VehicleMovements movements;

	private final VehicleTripRepository trips;

	private final VehicleSettings settings;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	NotLeftDetector(VehicleMovements movements, VehicleTripRepository trips, VehicleSettings settings,
			JdbcTemplate jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.movements = movements;
		this.trips = trips;
		this.settings = settings;
		this.jdbc = jdbc;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${fugong.vehicles.not-left-check:PT1M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "vehicles.notLeft", lockAtMostFor = "PT5M")
	void check() {
		detect(this.clock.instant());
	}

	/** Reports the trips not left as of {@code now}; answers how many were reported this time. */
	int detect(Instant now) {
		Integer reported = this.transaction.execute((status) -> {
			List<Arrival> inside = this.movements.stillInside(now.minus(LOOK_BACK), now.minus(Duration.ofHours(1)));
			if (inside.isEmpty()) {
				return 0;
			}
			Map<Long, VehicleTrip> byPass = this.trips.findByPassIdIn(inside.stream().map(Arrival::passId).toList())
				.stream()
				.collect(Collectors.toMap(VehicleTrip::getPassId, Function.identity()));
			Map<String, Integer> hours = this.settings.allHours();
			int count = 0;
			for (Arrival arrival : inside) {
				VehicleTrip trip = byPass.get(arrival.passId());
				if (trip == null) {
					continue;
				}
				int allowed = hours.getOrDefault(arrival.districtCode(), VehicleSettings.DEFAULT_HOURS);
				if (now.isBefore(arrival.arrivedAt().plus(Duration.ofHours(allowed)))) {
					continue;
				}
				int inserted = this.jdbc.update("""
						INSERT INTO vehicle_not_left (trip_id, arrived_at, detected_at, hours) VALUES (?, ?, ?, ?)
						ON CONFLICT (trip_id) DO NOTHING
						""", trip.getId(), Timestamp.from(arrival.arrivedAt()), Timestamp.from(now), allowed);
				if (inserted == 1) {
					this.events.publishEvent(new VehicleNotLeft(trip.getId(), arrival.passId(),
							where(trip, arrival), trip.getPlate(), arrival.arrivedAt()));
					count++;
				}
			}
			return count;
		});
		return (reported != null) ? reported : 0;
	}

	private static long where(VehicleTrip trip, Arrival arrival) {
		if (trip.getRoute().receiverEnterpriseId() != null) {
			return trip.getRoute().receiverEnterpriseId();
		}
		return (arrival.checkpointEnterpriseId() != null) ? arrival.checkpointEnterpriseId() : trip.getEnterpriseId();
	}

}
