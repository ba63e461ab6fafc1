package org.fugong.gate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** An enrolled device as the API and the officials' page show it (never its token). */
record DeviceView(long id, String name, String guard, Long checkpointId, String checkpoint, Instant createdAt,
		Instant lastUsedAt, Instant expiresAt, State state) {

	enum State {

		ACTIVE, EXPIRED, REVOKED

	}

	static DeviceView of(ResultSet rs, Instant now) throws SQLException {
		long checkpointId = rs.getLong("checkpoint_id");
		Long checkpoint = rs.wasNull() ? null : checkpointId;
		Instant expiresAt = rs.getTimestamp("expires_at").toInstant();
		Instant revokedAt = instant(rs.getTimestamp("revoked_at"));
		State state = (revokedAt != null) ? State.REVOKED : expiresAt.isAfter(now) ? State.ACTIVE : State.EXPIRED;
		return new DeviceView(rs.getLong("id"), rs.getString("label"), rs.getString("username"), checkpoint,
				rs.getString("checkpoint"), rs.getTimestamp("created_at").toInstant(),
				instant(rs.getTimestamp("last_used_at")), expiresAt, state);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
