package org.fugong.vehicle;

import java.time.Instant;

/**
 * Published once per trip when a vehicle that ARRIVEd at a factory gate has not
 * DEPARTed after the hours its district allows (default 4). {@code vehicleId} is
 * the id of the trip's vehicle pass (the vehicle's identity at the gate);
 * {@code enterpriseId} is where it stands: the trip's receiving enterprise, else
 * the enterprise of the gate it arrived at, else the trip's own.
 */
public record VehicleNotLeft(long tripId, long vehicleId, long enterpriseId, String plate, Instant arrivedAt) {
}
