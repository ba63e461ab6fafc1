package org.fugong.market;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.fugong.common.TimeFormat;
import org.fugong.pass.VehicleScope;
import org.fugong.vehicle.VehicleType;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a pool truck's service days and of a booking's deadline and states, without a database. */
class TruckRulesTests {

	private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

	@Test
	void aTruckServesOnlyItsDaysOfTheWeekWithinItsDatesWhileInThePool() {
		MarketTruck truck = truck(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), List.of("310117102"), MONDAY,
				MONDAY.plusDays(9));
		assertThat(truck.servesOn(MONDAY)).isTrue();
		assertThat(truck.servesOn(MONDAY.plusDays(1))).isFalse();
		assertThat(truck.servesOn(MONDAY.plusDays(2))).isTrue();
		assertThat(truck.servesOn(MONDAY.minusDays(5))).isFalse();
		assertThat(truck.servesOn(MONDAY.plusDays(14))).isFalse();
		assertThat(truck.servesTown("310117102")).isTrue();
		assertThat(truck.servesTown("310117105")).isFalse();
		truck.withdraw();
		assertThat(truck.servesOn(MONDAY)).isFalse();
		assertThatThrownBy(truck::withdraw).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void noDaysAndNoTownsMeanEveryDayAndTheWholeDistrict() {
		MarketTruck truck = truck(Set.of(), List.of(), MONDAY, null);
		for (int d = 0; d < 7; d++) {
			assertThat(truck.servesOn(MONDAY.plusDays(d))).isTrue();
		}
		assertThat(truck.servesTown("310117105")).isTrue();
		assertThat(truck.serveDays()).hasSize(7);
	}

	@Test
	void theCarrierHasTwelveHoursButNoLaterThanTheDayBeginsAndNeverLessThanAnHour() {
		Instant now = MONDAY.atTime(15, 0).atZone(TimeFormat.ZONE).toInstant();
		TruckBookingService service = new TruckBookingService(null, null, null, null, null, null, null,
				Clock.fixed(now, TimeFormat.ZONE));
		assertThat(service.deadline(MONDAY.plusDays(3))).isEqualTo(now.plus(Duration.ofHours(12)));
		assertThat(service.deadline(MONDAY.plusDays(1)))
			.isEqualTo(MONDAY.plusDays(1).atStartOfDay(TimeFormat.ZONE).toInstant());
		assertThat(service.deadline(MONDAY)).isEqualTo(now.plus(Duration.ofHours(1)));
	}

	@Test
	void onlyAWaitingBookingIsAnsweredAndOnlyOnce() {
		MarketTruck truck = truck(Set.of(), List.of(), MONDAY, null);
		ReflectionTestUtils.setField(truck, "id", 1L);
		TruckBooking booking = new TruckBooking(truck, 2L,
				new TruckBookingInput(1L, MONDAY, "起点", "终点", "货物", VehicleScope.CITY), "demo-ent", Instant.now(),
				Instant.now().plus(Duration.ofHours(12)));
		assertThat(booking.getState().holdsTheTruck()).isTrue();
		booking.confirm(42L, "carrier", Instant.now());
		assertThat(booking.getState()).isEqualTo(TruckBookingState.CONFIRMED);
		assertThat(booking.getTripId()).isEqualTo(42L);
		assertThatThrownBy(() -> booking.decline("carrier", Instant.now(), null)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> booking.expire(Instant.now())).isInstanceOf(IllegalStateException.class);
		assertThat(TruckBookingState.EXPIRED.holdsTheTruck()).isFalse();
	}

	private static MarketTruck truck(Set<DayOfWeek> days, List<String> towns, LocalDate from, LocalDate until) {
		return new MarketTruck(1L, "310117", new TruckInput("沪D12345", VehicleType.TRUCK, new BigDecimal("5"), false,
				"310117102", null, days, towns, from, until), "test", Instant.now());
	}

}
