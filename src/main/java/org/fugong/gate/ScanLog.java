package org.fugong.gate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The scan log, written by group commit: requests hand their row to the writer
 * threads and wait; a writer takes whatever has queued (up to 500 rows), writes
 * it in one multi-row INSERT, sent in autocommit so that the statement and its
 * commit are one round trip to the database, and only then completes the
 * requests. So every answer a guard sees is already durable, and under load
 * thousands of scans share a few commits a second instead of one each. Several
 * writers (fugong.gate.log-writers, 4) keep commits overlapping, so throughput
 * is not one commit's latency times one batch.
 * <p>
 * A batch the database refuses (one bad row fails the statement) is written
 * again row by row, so only the bad row's request fails. A database out of reach
 * is another matter ({@link DatabaseReach}): scans are refused at once until it answers.
 * <p>
 * The scan id is unique: a row whose scan id is already logged is not written
 * again, and its request is completed with the row that is (the same answer
 * for a retry). On shutdown the writer finishes what has queued before it stops.
 */
@Component
class ScanLog implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ScanLog.class);

	private static final int BATCH = 500;

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

	private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(50_000);

	private volatile boolean running;

	private final int writers;

	private final List<Thread> threads = new ArrayList<>();

	/** How long a batch takes to write and commit, which is how long its scans wait for their answer. */
	private final Timer batches;

	ScanLog(JdbcTemplate jdbc, Clock clock, DatabaseReach reach,
			@Value("${fugong.gate.log-writers:4}") int writers, MeterRegistry registry) {
		this.reach = reach;
		this.batches = Timer.builder("fugong.gate.scan_log.batches")
			.description("Batches of scans written to the log, each one INSERT and one commit")
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofSeconds(10))
			.register(registry);
		Gauge.builder("fugong.gate.scan_log.queue", this.queue, BlockingQueue::size)
			.description("Scans waiting for a writer")
			.register(registry);
		this.writers = Math.max(1, writers);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Queues a row; the future completes with the logged row once it is committed (or the one logged before). */
	CompletableFuture<ScanRow> append(ScanRow row) {
		Pending pending = new Pending(row, new CompletableFuture<>());
		if (this.reach.isDown()) {
			pending.done().completeExceptionally(new IllegalStateException("The database is out of reach"));
		}
		else if (!this.running || !this.queue.offer(pending)) {
			pending.done().completeExceptionally(new IllegalStateException("The scan log is not accepting scans"));
		}
		return pending.done();
	}

	@Override
	public void start() {
		this.running = true;
		for (int i = 0; i < this.writers; i++) {
			Thread writer = new Thread(this::run, "scan-log-writer-" + i);
			writer.setDaemon(false);
			writer.start();
			this.threads.add(writer);
		}
	}

	@Override
	public void stop() {
		this.running = false;
		for (Thread writer : this.threads) {
			try {
				writer.join(30_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.threads.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops after the web server (which stops taking requests first), before the data source closes. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1024;
	}

	private void run() {
		List<Pending> batch = new ArrayList<>(BATCH);
		while (this.running || !this.queue.isEmpty()) {
			try {
				Pending first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.queue.drainTo(batch, BATCH - 1);
				this.batches.record(() -> writeOrOneByOne(batch));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			finally {
				batch.clear();
			}
		}
	}

	/**
	 * Rows queued together, written as one batch on the caller's thread (as a
	 * writer would have taken them): for tests that need rows in the same batch.
	 */
	List<CompletableFuture<ScanRow>> writeTogether(List<ScanRow> rows) {
		List<Pending> batch = rows.stream().map((row) -> new Pending(row, new CompletableFuture<ScanRow>())).toList();
		writeOrOneByOne(batch);
		return batch.stream().map(Pending::done).toList();
	}

	/**
	 * Writes the batch; if it fails (one row the database refuses fails the whole
	 * statement), writes its rows one by one, so only a bad row's request is
	 * told to retry and every other guard's scan is logged.
	 */
	private void writeOrOneByOne(List<Pending> batch) {
		try {
			write(batch);
		}
		catch (RuntimeException ex) {
			if (DatabaseReach.isUnreachable(ex)) {
				// Not the rows' fault: one by one would only wait longer. Refuse what waits, and probe.
				this.reach.lost(ex);
				List<Pending> waiting = new ArrayList<>(batch);
				this.queue.drainTo(waiting);
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

	private record Pending(ScanRow row, CompletableFuture<ScanRow> done) {
	}

}
