package org.fugong.market;

import java.math.BigDecimal;

import org.fugong.vehicle.VehicleType;

/**
 * A truck free on the day asked, as anyone searching the pool sees it: the
 * plate masked, the carrier by name, no driver and no phone.
 */
public record TruckOffer(long truckId, String carrier, String plate, VehicleType vehicleType, BigDecimal capacityTons,
		boolean coldChain, String baseTownCode) {
}
