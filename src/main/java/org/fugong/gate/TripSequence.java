package org.fugong.gate;

/**
 * The order a vehicle's scans should follow on a three-point loop (三点往返):
 * checkpoint IN → ARRIVE at the receiving enterprise → DEPART from it →
 * checkpoint OUT, then IN again for the next trip; a second ARRIVE after a
 * DEPART (another delivery before leaving) is in order. Scans at a quarantine
 * point stand outside the loop and are not judged.
 */
public final class TripSequence {

	static final String OUT_OF_ORDER = "OUT_OF_ORDER";

	static final String DEPART_WITHOUT_ARRIVAL = "DEPART_WITHOUT_ARRIVAL";

	private TripSequence() {
	}

	/** The direction expected after {@code previous} (null: no valid scan yet). */
	public static Direction expectedAfter(Direction previous) {
		if (previous == null) {
			return Direction.IN;
		}
		return switch (previous) {
			case IN -> Direction.ARRIVE;
			case ARRIVE -> Direction.DEPART;
			case DEPART -> Direction.OUT;
			case OUT -> Direction.IN;
		};
	}

	/** The flag of a valid scan going {@code way} after {@code previous}, or null when it is in order. */
	static String flag(Direction previous, Direction way) {
		if (way == Direction.DEPART && previous != Direction.ARRIVE) {
			return DEPART_WITHOUT_ARRIVAL;
		}
		if (way == Direction.ARRIVE && previous == Direction.DEPART) {
			// Another delivery on the same loop, before leaving the area.
			return null;
		}
		return (way == expectedAfter(previous)) ? null : OUT_OF_ORDER;
	}

}
