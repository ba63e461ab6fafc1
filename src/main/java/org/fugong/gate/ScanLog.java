package org.fugong.gate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
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
 * <p>
 * This class keeps the queue and the writer threads; how a batch is written is
 * {@link ScanBatchWriter}'s.
 */
@Component
class ScanLog implements SmartLifecycle {

	private static final int BATCH = 500;

	private final ScanBatchWriter writer;

	private final DatabaseReach reach;

	private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(50_000);

	private volatile boolean running;

	private final int writers;

	private final List<Thread> threads = new ArrayList<>();

	/** How long a batch takes to write and commit, which is how long its scans wait for their answer. */
	private final Timer batches;

	ScanLog(ScanBatchWriter writer, DatabaseReach reach, @Value("${fugong.gate.log-writers:4}") int writers,
			MeterRegistry registry) {
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
		this.writer = writer;
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
				this.batches.record(() -> this.writer.writeOrOneByOne(batch, this.queue));
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
		this.writer.writeOrOneByOne(batch, this.queue);
		return batch.stream().map(Pending::done).toList();
	}

	record Pending(ScanRow row, CompletableFuture<ScanRow> done) {
	}

}
