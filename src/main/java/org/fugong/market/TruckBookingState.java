package org.fugong.market;

/**
 * Where a truck booking stands: asked for, then confirmed or declined by the
 * carrier, declined by itself when the carrier let the deadline pass (EXPIRED),
 * or withdrawn by the enterprise that asked. REQUESTED and CONFIRMED hold the truck for the day.
 */
public enum TruckBookingState {

	REQUESTED, CONFIRMED, DECLINED, EXPIRED, CANCELLED;

	boolean holdsTheTruck() {
		return this == REQUESTED || this == CONFIRMED;
	}

}
