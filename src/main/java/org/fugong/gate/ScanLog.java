package org.fugong.gate;

import java.sql.Timestamp;
import java.time.Clock;
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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scan log, written by group commit: requests hand their row to the writer
 * threads and wait; a writer takes whatever has queued (up to 500 rows), writes
 * it in one multi-row INSERT and one commit, and only then completes the
 * requests. So every answer a guard sees is already durable, and under load
 * thousands of scans share a few commits a second instead of one each. Several
 * writers (fugong.gate.log-writers, 4) keep commits overlapping, so throughput
 * is not one commit's latency times one batch.
 * <p>
 * The scan id is unique: a row whose scan id is already logged is not written
 * again, and its request is completed with the row that is (the same answer
 * for a retry). On shutdown the writer finishes what has queued before it stops.
 */
@Component
class ScanLog implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ScanLog.class);

	private static final int BATCH = 500;

	private static final int COLUMNS = 15;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(50_000);

	private volatile boolean running;

	private final int writers;

	private final List<Thread> threads = new ArrayList<>();

	ScanLog(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
			@Value("${fugong.gate.log-writers:4}") int writers) {
		this.writers = Math.max(1, writers);
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Queues a row; the future completes with the logged row once it is committed (or the one logged before). */
	CompletableFuture<ScanRow> append(ScanRow row) {
		Pending pending = new Pending(row, new CompletableFuture<>());
		if (!this.running || !this.queue.offer(pending)) {
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
				write(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (RuntimeException ex) {
				logger.error("Writing {} scans failed; their requests are told to retry", batch.size(), ex);
				batch.forEach((pending) -> pending.done().completeExceptionally(ex));
			}
			finally {
				batch.clear();
			}
		}
	}

	private void write(List<Pending> batch) {
		Instant recordedAt = this.clock.instant();
		Map<String, ScanRow> logged = this.transactions.execute((status) -> {
			StringBuilder sql = new StringBuilder("""
					INSERT INTO gate_scan (scan_id, pass_id, pass_type, enterprise_id, checkpoint_id, guard, direction,
					  verdict, reason, scanned_at, recorded_at, offline, client_verdict, mismatch, flag) VALUES
					""");
			List<Object> args = new ArrayList<>(batch.size() * COLUMNS);
			Set<String> seen = new HashSet<>();
			for (Pending pending : batch) {
				ScanRow row = pending.row();
				if (!seen.add(row.scanId())) {
					continue;
				}
				sql.append(args.isEmpty() ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
				args.add(row.scanId());
				args.add(row.passId());
				args.add(row.passType());
				args.add(row.enterpriseId());
				args.add(row.checkpointId());
				args.add(row.guard());
				args.add(row.direction().name());
				args.add(row.valid() ? "VALID" : "INVALID");
				args.add(row.reason());
				args.add(Timestamp.from(row.scannedAt()));
				args.add(Timestamp.from(recordedAt));
				args.add(row.offline());
				args.add(row.clientVerdict());
				args.add(row.mismatch());
				args.add(row.flag());
			}
			sql.append(" ON CONFLICT (scan_id) DO NOTHING RETURNING scan_id");
			Set<String> inserted = new HashSet<>(this.jdbc.queryForList(sql.toString(), String.class, args.toArray()));
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
		});
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

	private record Pending(ScanRow row, CompletableFuture<ScanRow> done) {
	}

}
