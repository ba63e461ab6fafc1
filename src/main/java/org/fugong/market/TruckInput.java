package org.fugong.market;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.fugong.vehicle.VehicleType;

/**
 * A truck as its carrier puts it into the pool, checked field by field: the
 * page form and the API both hand it to {@link TruckPoolService#register}. An
 * empty {@code serveDays} is every day; empty {@code serveTowns} the whole district.
 */
record TruckInput(String plate, VehicleType vehicleType, BigDecimal capacityTons, boolean coldChain,
		String baseTownCode, Long driverId, Set<DayOfWeek> serveDays, List<String> serveTowns, LocalDate availableFrom,
		LocalDate availableUntil) {
}
