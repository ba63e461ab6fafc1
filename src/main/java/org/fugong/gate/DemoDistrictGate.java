package org.fugong.gate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.DemoData;
import org.fugong.common.TimeFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The gate of the demo dashboard's 松江区: a road checkpoint of 车墩镇 and a
 * factory gate of 泗泾镇, set up twenty days ago, and this morning's scans at
 * them so far, 07:00 to 11:00 (busiest around eight, a few invalid).
 */
@Component
@DemoData
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoDistrictGate {

	private static final String[] INVALID = { "TEST_OVERDUE", "EXPIRED", "ENTERPRISE_NOT_WHITELISTED", "BAD_SIGNATURE" };

	private final JdbcTemplate jdbc;

	/** The two checkpoints, the factory gate at {@code gateEnterpriseId}'s. */
	public Checkpoints checkpoints(long gateEnterpriseId, LocalDate today) {
		Timestamp created = at(today.minusDays(20), LocalTime.of(9, 0));
		long road = this.jdbc.queryForObject("""
				INSERT INTO checkpoint (name, kind, region_code, district_code, enterprise_id, default_direction, created_at,
				  created_by) VALUES ('车墩镇 北松公路卡口', 'ROAD_CHECKPOINT', '310117104', '310117', NULL, 'IN', ?, 'demo')
				RETURNING id
				""", Long.class, created);
		long gate = this.jdbc.queryForObject("""
				INSERT INTO checkpoint (name, kind, region_code, district_code, enterprise_id, default_direction, created_at,
				  created_by) VALUES ('泗泾镇 工业园区东门', 'FACTORY_GATE', '310117102', '310117', ?, 'IN', ?, 'demo')
				RETURNING id
				""", Long.class, gateEnterpriseId, created);
		return new Checkpoints(road, gate);
	}

	/** This morning's scans until {@code now}, of passes of the enterprises {@code ids}. */
	public void scans(Checkpoints checkpoints, List<Long> ids, LocalDate today, Instant now, Random random) {
		Instant start = at(today, LocalTime.of(7, 0)).toInstant();
		List<Object[]> rows = new ArrayList<>();
		for (int k = 0; k < 360; k++) {
			// Busier around eight: two uniform draws make a peaked spread over the four hours.
			long seconds = (random.nextInt(7200) + random.nextInt(7200));
			Instant at = start.plusSeconds(seconds);
			if (!at.isBefore(now)) {
				continue;
			}
			boolean valid = random.nextInt(100) < 93;
			boolean atRoad = k % 3 == 0;
			rows.add(new Object[] { "demo-dash-%s-%04d".formatted(today, k), atRoad ? "VEHICLE" : "WORKER",
					ids.get(random.nextInt(ids.size())), atRoad ? checkpoints.road() : checkpoints.gate(),
					atRoad ? "IN" : (k % 5 == 0 ? "OUT" : "IN"), valid ? "VALID" : "INVALID",
					valid ? "OK" : INVALID[random.nextInt(INVALID.length)], Timestamp.from(at), Timestamp.from(at) });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO gate_scan (scan_id, pass_id, pass_type, enterprise_id, checkpoint_id, guard, direction, verdict,
				  reason, scanned_at, recorded_at) VALUES (?, NULL, ?, ?, ?, 'demo', ?, ?, ?, ?, ?)
				""", rows);
	}

	private static Timestamp at(LocalDate day, LocalTime time) {
		return Timestamp.from(day.atTime(time).atZone(TimeFormat.ZONE).toInstant());
	}

	/** The demo's road checkpoint and factory gate. */
	public record Checkpoints(long road, long gate) {
	}

}
