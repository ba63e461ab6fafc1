package org.fugong.vehicle;

import java.time.Instant;

/** A trip reported as not left and still inside, as the officials' trace page lists it. */
public record NotLeftTrip(long tripId, String plateMasked, String enterpriseName, String receiverName,
		String checkpointName, Instant arrivedAt, int hours) {
}
