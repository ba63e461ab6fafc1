package org.fugong.gate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;

import lombok.RequiredArgsConstructor;
import org.fugong.gate.ScanLog.Pending;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes one batch of the {@link ScanLog}'s queue, on the writer thread that
 * took it: one multi-row INSERT sent in autocommit, so that the statement and
 * its commit are one round trip, then each request completed with the row now
 * logged (a retry's is the one logged before). A batch the database refuses is
 * written again row by row; a database out of reach refuses what waits.
 */
@Component
@RequiredArgsConstructor
class ScanBatchWriter {

	private static final Logger logger = LoggerFactory.getLogger(ScanBatchWriter.class);

	private static final String INSERT = """
			INSERT INTO gate_scan (scan_id, pass_id, pass_type, enterprise_id, checkpoint_id, guard, direction,
			  verdict, reason, scanned_at, recorded_at, offline, client_verdict, mismatch, flag)
			SELECT s.scan_id, s.pass_id, s.pass_type, s.enterprise_id, s.checkpoint_id, s.guard, s.direction,
			  s.verdict, s.reason, s.scanned_at::timestamptz, ?::timestamptz, s.offline, s.client_verdict, s.mismatch, s.flag
			FROM unnest(?::varchar[], ?::bigint[], ?::varchar[], ?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[],
			  ?::varchar[], ?::varchar[], ?::varchar[], ?::boolean[], ?::varchar[], ?::boolean[], ?::varchar[])
			  AS s (scan_id, pass_id, pass_type, enterprise_id, checkpoint_id, guard, direction, verdict, reason,
			    scanned_at, offline, client_verdict, mismatch, flag)
			ON CONFLICT (scan_id) DO NOTHING RETURNING scan_id
			""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final DatabaseReach reach;

	/**
	 * Writes the batch; if it fails (one row the database refuses fails the whole
	 * statement), writes its rows one by one, so only a bad row's request is
	 * told to retry and every other guard's scan is logged. A database out of
	 * reach also refuses what waits in the queue.
	 */
	void writeOrOneByOne(List<Pending> batch, BlockingQueue<Pending> queue) {
		try {
			write(batch);
		}
		catch (RuntimeException ex) {
			if (DatabaseReach.isUnreachable(ex)) {
				// Not the rows' fault: one by one would only wait longer. Refuse what waits, and probe.
				this.reach.lost(ex);
				List<Pending> waiting = new ArrayList<>(batch);
				queue.drainTo(waiting);
				waiting.forEach((pending) -> pending.done().completeExceptionally(ex));
				return;
			}
			if (batch.size() == 1) {
				refuse(batch.get(0), ex);
				return;
			}
			logger.warn("Writing {} scans together failed; writing them one by one", batch.size(), ex);
			for (Pending pending : batch) {
				try {
					write(List.of(pending));
				}
				catch (RuntimeException one) {
					refuse(pending, one);
				}
			}
		}
	}

	private static void refuse(Pending pending, RuntimeException ex) {
		logger.error("Scan {} could not be logged; its request is told to retry", pending.row().scanId(), ex);
		pending.done().completeExceptionally(ex);
	}

	private void write(List<Pending> batch) {
		Instant recordedAt = this.clock.instant();
		// One statement, committed on its own (autocommit): all its rows or none are logged.
		Map<String, ScanRow> logged = logged(batch, recordedAt);
		for (Pending pending : batch) {
			ScanRow row = logged.get(pending.row().scanId());
			if (row != null) {
				pending.done().complete((row == pending.row()) ? row : row.asDuplicate());
			}
			else {
				pending.done().completeExceptionally(new IllegalStateException("Scan " + pending.row().scanId() + " was not logged"));
			}
		}
	}

	/**
	 * A scan is answered only once its row is committed. The statement commits by
	 * itself in autocommit; should the pool ever hand out a connection inside a
	 * transaction, that transaction is committed here, before anybody is answered.
	 */
	private static void committed(Connection connection) throws SQLException {
		if (!connection.getAutoCommit()) {
			logger.warn("The scan log was given a connection inside a transaction; committing it before answering");
			connection.commit();
		}
	}

	/** Inserts the batch's rows; answers, by scan id, the row now logged (a retry's is the one logged before). */
	private Map<String, ScanRow> logged(List<Pending> batch, Instant recordedAt) {
		List<ScanRow> rows = new ArrayList<>(batch.size());
		Set<String> seen = new HashSet<>();
		for (Pending pending : batch) {
			if (seen.add(pending.row().scanId())) {
				rows.add(pending.row());
			}
		}
		int n = rows.size();
		String[] scanIds = new String[n];
		Long[] passIds = new Long[n];
		String[] passTypes = new String[n];
		Long[] enterpriseIds = new Long[n];
		Long[] checkpointIds = new Long[n];
		String[] guards = new String[n];
		String[] directions = new String[n];
		String[] verdicts = new String[n];
		String[] reasons = new String[n];
		String[] scannedAts = new String[n];
		Boolean[] offlines = new Boolean[n];
		String[] clientVerdicts = new String[n];
		Boolean[] mismatches = new Boolean[n];
		String[] flags = new String[n];
		for (int i = 0; i < n; i++) {
			ScanRow row = rows.get(i);
			scanIds[i] = row.scanId();
			passIds[i] = row.passId();
			passTypes[i] = row.passType();
			enterpriseIds[i] = row.enterpriseId();
			checkpointIds[i] = row.checkpointId();
			guards[i] = row.guard();
			directions[i] = row.direction().name();
			verdicts[i] = row.valid() ? "VALID" : "INVALID";
			reasons[i] = row.reason();
			scannedAts[i] = row.scannedAt().toString();
			offlines[i] = row.offline();
			clientVerdicts[i] = row.clientVerdict();
			mismatches[i] = row.mismatch();
			flags[i] = row.flag();
		}
		// One statement text whatever the batch size (so the server keeps its plan), a column an array.
		List<String> insertedIds = this.jdbc.execute((Connection connection) -> {
			try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
				insert.setTimestamp(1, Timestamp.from(recordedAt));
				insert.setArray(2, connection.createArrayOf("varchar", scanIds));
				insert.setArray(3, connection.createArrayOf("int8", passIds));
				insert.setArray(4, connection.createArrayOf("varchar", passTypes));
				insert.setArray(5, connection.createArrayOf("int8", enterpriseIds));
				insert.setArray(6, connection.createArrayOf("int8", checkpointIds));
				insert.setArray(7, connection.createArrayOf("varchar", guards));
				insert.setArray(8, connection.createArrayOf("varchar", directions));
				insert.setArray(9, connection.createArrayOf("varchar", verdicts));
				insert.setArray(10, connection.createArrayOf("varchar", reasons));
				insert.setArray(11, connection.createArrayOf("varchar", scannedAts));
				insert.setArray(12, connection.createArrayOf("bool", offlines));
				insert.setArray(13, connection.createArrayOf("varchar", clientVerdicts));
				insert.setArray(14, connection.createArrayOf("bool", mismatches));
				insert.setArray(15, connection.createArrayOf("varchar", flags));
				List<String> ids = new ArrayList<>(n);
				try (ResultSet rs = insert.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getString(1));
					}
				}
				committed(connection);
				return ids;
			}
		});
		Set<String> inserted = new HashSet<>(insertedIds);
		Map<String, ScanRow> answer = new HashMap<>();
		List<String> earlier = new ArrayList<>();
		for (Pending pending : batch) {
			String scanId = pending.row().scanId();
			if (inserted.contains(scanId)) {
				// The first of a scan id in this batch is the row written; any later one is its retry.
				answer.putIfAbsent(scanId, pending.row());
			}
			else {
				earlier.add(scanId);
			}
		}
		if (!earlier.isEmpty()) {
			this.jdbc.query("""
					SELECT scan_id, pass_id, pass_type, enterprise_id, checkpoint_id, guard, direction, verdict, reason,
					  scanned_at, offline, client_verdict, mismatch, flag
					FROM gate_scan WHERE scan_id = ANY (?)
					""", (rs) -> {
				answer.put(rs.getString("scan_id"), ScanRow.of(rs, true));
			}, (Object) earlier.toArray(new String[0]));
		}
		return answer;
	}

}
