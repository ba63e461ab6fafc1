package org.fugong.vehicle;

/**
 * The loop a trip names (三点往返): the receiving enterprise (a registered one)
 * and, optionally, the drivers' quarantine point, each with its name. All null:
 * the trip names none (registered before the loop was asked for).
 */
public record TripRoute(Long receiverEnterpriseId, String receiverName, Long quarantinePointId,
		String quarantinePointName) {

	public static final TripRoute NONE = new TripRoute(null, null, null, null);

}
