package org.fugong.gate;

import java.time.Instant;

/** A vehicle that arrived (a valid ARRIVE scan) and has not departed since, and how many minutes ago it arrived. */
public record VehicleInside(long passId, String plate, String enterprise, Instant arrivedAt, String checkpoint,
		long minutesAgo) {

	public long hours() {
		return this.minutesAgo / 60;
	}

	public long minutes() {
		return this.minutesAgo % 60;
	}

}
