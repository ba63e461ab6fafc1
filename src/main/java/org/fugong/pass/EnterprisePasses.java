package org.fugong.pass;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How one enterprise's passes stand, counted in the database, with the latest
 * issued, for the enterprise file (一企一档). It acts on behalf of the system:
 * the caller has checked that the enterprise is visible to the user.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EnterprisePasses {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	@Transactional(readOnly = true)
	public PassFigures of(long enterpriseId) {
		Instant now = this.clock.instant();
		java.sql.Timestamp at = java.sql.Timestamp.from(now);
		PassFigures counts = this.jdbc.queryForObject("""
				SELECT count(*) FILTER (WHERE status = 'ACTIVE' AND valid_to > ?),
				       count(*) FILTER (WHERE status = 'ACTIVE' AND valid_to > ? AND type = 'WORKER'),
				       count(*) FILTER (WHERE status = 'ACTIVE' AND valid_to > ? AND type = 'VEHICLE'),
				       count(*) FILTER (WHERE status = 'ACTIVE' AND valid_to <= ?),
				       count(*) FILTER (WHERE status = 'REVOKED'),
				       max(issued_at)
				FROM pass WHERE enterprise_id = ?
				""", (rs, n) -> new PassFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
				rs.getLong(5), (rs.getTimestamp(6) != null) ? rs.getTimestamp(6).toInstant() : null, List.of()),
				at, at, at, at, enterpriseId);
		List<PassLine> latest = this.jdbc.query("""
				SELECT id, type, status, holder_masked, valid_from, valid_to, issued_at FROM pass
				WHERE enterprise_id = ? ORDER BY issued_at DESC, id DESC LIMIT 10
				""", (rs, n) -> {
			Instant validTo = rs.getTimestamp(6).toInstant();
			PassStatus status = PassStatus.valueOf(rs.getString(3));
			return new PassLine(rs.getLong(1), PassType.valueOf(rs.getString(2)),
					(status == PassStatus.ACTIVE && !validTo.isAfter(now)) ? PassStatus.EXPIRED : status,
					rs.getString(4), rs.getTimestamp(5).toInstant(), validTo, rs.getTimestamp(7).toInstant());
		}, enterpriseId);
		return new PassFigures(counts.active(), counts.activeWorker(), counts.activeVehicle(), counts.expired(),
				counts.revoked(), counts.lastIssuedAt(), latest);
	}

	/** Passes valid now (by type), expired and revoked, with the ten latest issued. */
	public record PassFigures(long active, long activeWorker, long activeVehicle, long expired, long revoked,
			Instant lastIssuedAt, List<PassLine> latest) {
	}

	/** A pass as the enterprise file lists it: the holder masked. */
	public record PassLine(long id, PassType type, PassStatus status, String holder, Instant validFrom,
			Instant validTo, Instant issuedAt) {
	}

}
