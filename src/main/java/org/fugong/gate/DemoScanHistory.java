package org.fugong.gate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.DemoData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a vehicle's past scans into the log for the demo's history (a trip
 * with every point of its loop), as the guards at those checkpoints would have
 * logged them. Exists only where demo data is seeded.
 */
@Component
@DemoData
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoScanHistory {

	private final JdbcTemplate jdbc;

	/** The checkpoint of that name, if the demo has it. */
	@Transactional(readOnly = true)
	public Long checkpoint(String name) {
		return this.jdbc.query("SELECT id FROM checkpoint WHERE name = ?", (rs, row) -> rs.getLong(1), name)
			.stream()
			.findFirst()
			.orElse(null);
	}

	/** Logs the steps of a vehicle pass of the enterprise as valid scans, in the loop's order (no flags). */
	@Transactional
	public void loop(long passId, long enterpriseId, List<Step> steps) {
		for (Step step : steps) {
			this.jdbc.update("""
					INSERT INTO gate_scan (scan_id, pass_id, pass_type, enterprise_id, checkpoint_id, guard, direction,
					  verdict, reason, scanned_at, recorded_at)
					VALUES (?, ?, 'VEHICLE', ?, ?, 'demo', ?, 'VALID', 'OK', ?, ?)
					""", "demo-" + UUID.randomUUID(), passId, enterpriseId, step.checkpointId(), step.direction().name(),
					Timestamp.from(step.at()), Timestamp.from(step.at()));
		}
	}

	/** One scan: where, which way, when. */
	public record Step(long checkpointId, Direction direction, Instant at) {
	}

}
