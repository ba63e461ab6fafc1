package org.fugong.gate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.fugong.security.DeviceStore;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The guards' devices in the gate's own table {@code gate_device}, for the
 * device tokens of the security module. A revocation is its {@code revoked_at}:
 * every instance reads the recent ones each second (a partial index keeps that
 * one small range scan).
 */
@Component
@RequiredArgsConstructor
class GateDeviceStore implements DeviceStore {

	private final JdbcTemplate jdbc;

	@Override
	public long add(String username, String label, byte[] tokenHash, Instant createdAt, Long checkpointId,
			Instant expiresAt) {
		return this.jdbc.queryForObject("""
				INSERT INTO gate_device (username, label, token_hash, created_at, checkpoint_id, expires_at)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id
				""", Long.class, username, label, tokenHash, Timestamp.from(createdAt), checkpointId,
				Timestamp.from(expiresAt));
	}

	@Override
	public boolean revoke(long deviceId, Instant at) {
		return this.jdbc.update("UPDATE gate_device SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
				Timestamp.from(at), deviceId) > 0;
	}

	@Override
	public List<Long> revokeAll(String username, Instant at) {
		return this.jdbc.queryForList("""
				UPDATE gate_device SET revoked_at = ? WHERE lower(username) = lower(?) AND revoked_at IS NULL
				RETURNING id
				""", Long.class, Timestamp.from(at), username);
	}

	@Override
	public Optional<Device> use(byte[] tokenHash, Instant now) {
		return this.jdbc.query("""
				UPDATE gate_device SET last_used_at = ?
				WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?
				RETURNING id, username, expires_at
				""", (rs, row) -> new Device(rs.getLong("id"), rs.getString("username"),
				rs.getTimestamp("expires_at").toInstant()), Timestamp.from(now), tokenHash, Timestamp.from(now))
			.stream()
			.findFirst();
	}

	@Override
	public Set<Long> revokedSince(Instant since) {
		return new HashSet<>(this.jdbc.queryForList("SELECT id FROM gate_device WHERE revoked_at > ?", Long.class,
				Timestamp.from(since)));
	}

}
