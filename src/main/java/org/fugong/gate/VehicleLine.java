package org.fugong.gate;

import java.time.Instant;
import java.util.List;

/** A vehicle pass scanned in a jurisdiction: how often, its last scan there, and the flags it drew. */
public record VehicleLine(long passId, String plate, String enterprise, long scans, Instant lastAt,
		String lastCheckpoint, Direction lastDirection, String lastVerdict, String lastReason, List<String> flags) {
}
