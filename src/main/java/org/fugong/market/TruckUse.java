package org.fugong.market;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.TimeFormat;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool's use per day (booked, asked for, idle): a carrier's own trucks, or
 * the trucks based in an official's jurisdiction. A truck counts on the days it serves.
 */
@Service
@RequiredArgsConstructor
class TruckUse {

	/** The longest span one answer covers. */
	static final int MAX_DAYS = 62;

	private final MarketTruckRepository trucks;

	private final TruckBookingRepository bookings;

	private final Clock clock;

	/** From a week ago to a week ahead when the days are not given. */
	@Transactional(readOnly = true)
	public List<TruckDayUse> perDay(CurrentUser user, LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(this.clock.withZone(TimeFormat.ZONE));
		LocalDate first = (from != null) ? from : today.minusDays(6);
		LocalDate last = (to != null) ? to : first.plusDays(13);
		if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("to", "market.truck.use.span", MAX_DAYS)));
		}
		List<MarketTruck> pool;
		if (user.isOfficial()) {
			Jurisdiction scope = user.jurisdiction();
			pool = this.trucks.pool(scope.districtCode(), scope.townCode());
		}
		else {
			pool = this.trucks.findByEnterpriseIdOrderByActiveDescIdAsc(user.requireEnterpriseId())
				.stream()
				.filter(MarketTruck::isActive)
				.toList();
		}
		Map<LocalDate, int[]> held = new HashMap<>();
		if (!pool.isEmpty()) {
			for (TruckBooking b : this.bookings.ofTrucksBetween(pool.stream().map(MarketTruck::getId).toList(), first,
					last)) {
				int[] counts = held.computeIfAbsent(b.getDate(), (d) -> new int[2]);
				if (b.getState() == TruckBookingState.CONFIRMED) {
					counts[0]++;
				}
				else if (b.getState() == TruckBookingState.REQUESTED) {
					counts[1]++;
				}
			}
		}
		List<TruckDayUse> days = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			LocalDate d = day;
			int serving = (int) pool.stream().filter((t) -> t.servesOn(d)).count();
			int[] counts = held.getOrDefault(day, new int[2]);
			days.add(new TruckDayUse(day, serving, counts[0], counts[1], Math.max(0, serving - counts[0] - counts[1])));
		}
		return days;
	}

}
