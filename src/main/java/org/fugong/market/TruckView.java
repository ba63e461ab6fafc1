package org.fugong.market;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.fugong.vehicle.VehicleType;
import org.fugong.workforce.TestStanding;

/**
 * A pool truck as its carrier sees it: the plate in full, the days, towns and
 * dates it serves, and its usual driver (masked name) with the driver's test standing now.
 */
public record TruckView(long id, long enterpriseId, String carrier, String plate, String maskedPlate,
		VehicleType vehicleType, BigDecimal capacityTons, boolean coldChain, String districtCode, String baseTownCode,
		List<DayOfWeek> serveDays, List<String> serveTowns, LocalDate availableFrom, LocalDate availableUntil,
		boolean active, Long driverId, String driverName, TestStanding driverStanding) {
}
