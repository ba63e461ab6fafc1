package org.fugong.vehicle;

import java.time.Instant;
import java.util.List;

import org.fugong.gate.VehicleMovements.Point;

/**
 * A trip's points on a timeline (三点往返): the loop it names, every scan of its
 * pass oldest first (an ARRIVE or DEPART at a gate of another enterprise than
 * the receiver is marked), the next step expected, and since when it has not
 * left, if it was reported.
 */
public record TripTimeline(TripRoute route, List<Stop> points, String expectedNext, Instant notLeftSince,
		Integer notLeftHours) {

	/** One scan with whether it happened at the receiving enterprise (null: not a factory gate or no receiver). */
	public record Stop(Point point, Boolean atReceiver) {
	}

}
