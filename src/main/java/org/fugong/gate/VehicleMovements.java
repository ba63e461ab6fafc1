package org.fugong.gate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the gate about vehicles (三点往返): the quarantine
 * points of a district (checkpoints of kind QUARANTINE_POINT, kept on the
 * checkpoints page), the points a vehicle pass was scanned at, and the vehicles
 * that arrived at a factory gate and have not departed since.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class VehicleMovements {

	private final JdbcTemplate jdbc;

	/** The active quarantine points of a district, by name. */
	@Transactional(readOnly = true)
	public List<QuarantinePoint> quarantinePoints(String districtCode) {
		return this.jdbc.query("""
				SELECT id, name, district_code FROM checkpoint
				WHERE kind = 'QUARANTINE_POINT' AND active AND district_code = ? ORDER BY name, id
				""", (rs, row) -> new QuarantinePoint(rs.getLong("id"), rs.getString("name"),
				rs.getString("district_code")), districtCode);
	}

	/** An active quarantine point by id. */
	@Transactional(readOnly = true)
	public Optional<QuarantinePoint> quarantinePoint(long id) {
		return this.jdbc.query("""
				SELECT id, name, district_code FROM checkpoint WHERE kind = 'QUARANTINE_POINT' AND active AND id = ?
				""", (rs, row) -> new QuarantinePoint(rs.getLong("id"), rs.getString("name"),
				rs.getString("district_code")), id).stream().findFirst();
	}

	/** Every scan of a vehicle pass, oldest first (at most 500): the trip's timeline. */
	@Transactional(readOnly = true)
	public List<Point> pointsOf(long passId) {
		return this.jdbc.query("""
				SELECT s.scanned_at, s.direction, s.verdict, s.reason, s.flag, c.id AS checkpoint_id,
				  c.name AS checkpoint_name, c.kind, c.enterprise_id
				FROM gate_scan s JOIN checkpoint c ON c.id = s.checkpoint_id
				WHERE s.pass_id = ? ORDER BY s.scanned_at, s.id LIMIT 500
				""", (rs, row) -> {
			long enterprise = rs.getLong("enterprise_id");
			return new Point(rs.getTimestamp("scanned_at").toInstant(), Direction.valueOf(rs.getString("direction")),
					"VALID".equals(rs.getString("verdict")), rs.getString("reason"), rs.getString("flag"),
					rs.getLong("checkpoint_id"), rs.getString("checkpoint_name"),
					CheckpointKind.valueOf(rs.getString("kind")), rs.wasNull() ? null : enterprise);
		}, passId);
	}

	/**
	 * The vehicle passes whose last valid ARRIVE at a checkpoint other than a
	 * quarantine point lies between {@code notBefore} and {@code arrivedBy} and
	 * that have no valid DEPART after it: the vehicles still inside.
	 */
	@Transactional(readOnly = true)
	public List<Arrival> stillInside(Instant notBefore, Instant arrivedBy) {
		return this.jdbc.query("""
				SELECT a.pass_id, a.scanned_at, a.checkpoint_id, a.enterprise_id, a.name, a.district_code, a.region_code
				FROM (
				  SELECT DISTINCT ON (s.pass_id) s.pass_id, s.scanned_at, s.checkpoint_id, c.enterprise_id, c.name,
				    c.district_code, c.region_code
				  FROM gate_scan s JOIN checkpoint c ON c.id = s.checkpoint_id
				  WHERE s.pass_type = 'VEHICLE' AND s.pass_id IS NOT NULL AND s.verdict = 'VALID'
				    AND s.direction = 'ARRIVE' AND c.kind <> 'QUARANTINE_POINT' AND s.scanned_at >= ?
				  ORDER BY s.pass_id, s.scanned_at DESC) a
				WHERE a.scanned_at <= ?
				  AND NOT EXISTS (SELECT 1 FROM gate_scan d WHERE d.pass_id = a.pass_id AND d.direction = 'DEPART'
				    AND d.verdict = 'VALID' AND d.scanned_at > a.scanned_at)
				ORDER BY a.scanned_at, a.pass_id
				""", (rs, row) -> {
			long enterprise = rs.getLong("enterprise_id");
			return new Arrival(rs.getLong("pass_id"), rs.getTimestamp("scanned_at").toInstant(),
					rs.getLong("checkpoint_id"), rs.wasNull() ? null : enterprise, rs.getString("name"),
					rs.getString("district_code"), rs.getString("region_code"));
		}, Timestamp.from(notBefore), Timestamp.from(arrivedBy));
	}

	/** A quarantine point (隔离点) for drivers. */
	public record QuarantinePoint(long id, String name, String districtCode) {
	}

	/**
	 * One scan of a vehicle pass: when, which way, the verdict and any flag, and
	 * the checkpoint (its kind and, for a factory gate, its enterprise).
	 */
	public record Point(Instant at, Direction direction, boolean valid, String reason, String flag,
			long checkpointId, String checkpointName, CheckpointKind kind, Long checkpointEnterpriseId) {
	}

	/**
	 * A vehicle pass's arrival not yet followed by a departure, with where it
	 * arrived: the checkpoint, its enterprise (a factory gate's), district and region.
	 */
	public record Arrival(long passId, Instant arrivedAt, long checkpointId, Long checkpointEnterpriseId,
			String checkpointName, String districtCode, String regionCode) {
	}

}
