package org.fugong.gate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * One line of the scan log. {@code duplicate} is set on a row read back because
 * its scan id had been logged before (a retry).
 */
record ScanRow(String scanId, Long passId, String passType, Long enterpriseId, long checkpointId, String guard,
		Direction direction, boolean valid, String reason, Instant scannedAt, boolean offline, String clientVerdict,
		boolean mismatch, String flag, boolean duplicate) {

	/** This row as the answer to a retry of its scan. */
	ScanRow asDuplicate() {
		return this.duplicate ? this : new ScanRow(this.scanId, this.passId, this.passType, this.enterpriseId,
				this.checkpointId, this.guard, this.direction, this.valid, this.reason, this.scannedAt, this.offline,
				this.clientVerdict, this.mismatch, this.flag, true);
	}

	static ScanRow of(ResultSet rs, boolean duplicate) throws SQLException {
		long passId = rs.getLong("pass_id");
		Long pass = rs.wasNull() ? null : passId;
		long enterpriseId = rs.getLong("enterprise_id");
		Long enterprise = rs.wasNull() ? null : enterpriseId;
		return new ScanRow(rs.getString("scan_id"), pass, rs.getString("pass_type"), enterprise,
				rs.getLong("checkpoint_id"), rs.getString("guard"), Direction.valueOf(rs.getString("direction")),
				"VALID".equals(rs.getString("verdict")), rs.getString("reason"), rs.getTimestamp("scanned_at").toInstant(),
				rs.getBoolean("offline"), rs.getString("client_verdict"), rs.getBoolean("mismatch"), rs.getString("flag"),
				duplicate);
	}

}
