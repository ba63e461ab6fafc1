package org.fugong.common;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Background jobs (imports, exports) as an operator watches them: how many run
 * on this instance now ({@code fugong.jobs.running}, with how long the oldest has
 * been at it) and how long finished ones took, by outcome ({@code fugong.jobs}).
 */
@Component
public class JobMetrics {

	private final MeterRegistry registry;

	JobMetrics(MeterRegistry registry) {
		this.registry = registry;
		// Shown as zero before the first job, so that a dashboard has a line from the start.
		running("import");
		running("export");
	}

	/** A job of a kind ({@code import}, {@code export}) starting on this instance. */
	public Running start(String kind) {
		return new Running(kind, running(kind).start(), System.nanoTime());
	}

	private LongTaskTimer running(String kind) {
		return LongTaskTimer.builder("fugong.jobs.running")
			.description("Background jobs running on this instance")
			.tag("kind", kind)
			.register(this.registry);
	}

	/** A job being timed; ends once, as done or failed. */
	public final class Running {

		private final String kind;

		private final LongTaskTimer.Sample sample;

		private final long startNanos;

		private boolean ended;

		private Running(String kind, LongTaskTimer.Sample sample, long startNanos) {
			this.kind = kind;
			this.sample = sample;
			this.startNanos = startNanos;
		}

		public void done() {
			end("done");
		}

		public void failed() {
			end("failed");
		}

		private void end(String outcome) {
			if (this.ended) {
				return;
			}
			this.ended = true;
			this.sample.stop();
			Timer.builder("fugong.jobs")
				.description("Background jobs finished, by kind and outcome")
				.tag("kind", this.kind)
				.tag("outcome", outcome)
				.register(JobMetrics.this.registry)
				.record(System.nanoTime() - this.startNanos, TimeUnit.NANOSECONDS);
		}

	}

}
