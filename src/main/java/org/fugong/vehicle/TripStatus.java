package org.fugong.vehicle;

/** Where a trip stands: waiting for the district, decided, or withdrawn by its enterprise. */
public enum TripStatus {

	PENDING, APPROVED, REJECTED, CANCELLED;

	public boolean isFinal() {
		return this != PENDING;
	}

}
