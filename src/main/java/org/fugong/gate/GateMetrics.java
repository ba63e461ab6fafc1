package org.fugong.gate;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * What an operator watches at the gate: every online verification timed by its
 * verdict and by the path that answered it ({@code fast}: the filter before the
 * security chain; {@code api}: the controller), and the offline scans phones
 * sync later, by what became of them. Meters are made once, so recording costs
 * a lookup and an add on the hot path.
 */
@Component
class GateMetrics {

	static final String FAST = "fast";

	static final String API = "api";

	private final Map<String, Timer> verifications;

	private final Timer syncs;

	private final Counter synced;

	private final Counter duplicates;

	private final Counter mismatches;

	GateMetrics(MeterRegistry registry) {
		this.verifications = Map.of(key(FAST, "VALID"), verification(registry, FAST, "VALID"),
				key(FAST, "INVALID"), verification(registry, FAST, "INVALID"), key(API, "VALID"),
				verification(registry, API, "VALID"), key(API, "INVALID"), verification(registry, API, "INVALID"));
		this.syncs = Timer.builder("fugong.gate.syncs")
			.description("Batches of offline scans synced by gate phones")
			.register(registry);
		this.synced = synced(registry, "accepted");
		this.duplicates = synced(registry, "duplicate");
		this.mismatches = synced(registry, "mismatch");
	}

	/** An online verification answered, timed from {@code startNanos} ({@link System#nanoTime()}). */
	void verified(String path, ScanAnswer answer, long startNanos) {
		Timer timer = this.verifications.get(key(path, answer.verdict()));
		if (timer != null) {
			timer.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
		}
	}

	/** A batch of offline scans synced. */
	void synced(GateService.SyncResult result, long startNanos) {
		this.syncs.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
		this.synced.increment(result.accepted());
		this.duplicates.increment(result.duplicates());
		this.mismatches.increment(result.mismatches().size());
	}

	private static Timer verification(MeterRegistry registry, String path, String verdict) {
		return Timer.builder("fugong.gate.verifications")
			.description("Online pass verifications at the gate, by verdict and by the path that answered")
			.tag("path", path)
			.tag("verdict", verdict)
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofSeconds(5))
			.register(registry);
	}

	private static Counter synced(MeterRegistry registry, String outcome) {
		return Counter.builder("fugong.gate.synced.scans")
			.description("Offline scans synced by gate phones, by what became of them")
			.tag("outcome", outcome)
			.register(registry);
	}

	private static String key(String path, String verdict) {
		return path + ':' + verdict;
	}

}
