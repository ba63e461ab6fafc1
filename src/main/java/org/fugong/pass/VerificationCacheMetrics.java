package org.fugong.pass;

import java.time.Clock;
import java.time.Duration;
import java.util.function.ToIntFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/**
 * The verification cache as an operator sees it: how much it holds and how long
 * ago it last read the changes of other instances. That age stays near the poll
 * interval (1 s); when it grows, this instance may answer from stale data, and the
 * database is the first thing to look at.
 */
@Component
@RequiredArgsConstructor
class VerificationCacheMetrics implements MeterBinder {

	private final VerificationCache cache;

	private final Clock clock;

	@Override
	public void bindTo(MeterRegistry registry) {
		entries(registry, "passes", VerificationCache::passCount);
		entries(registry, "enterprises", VerificationCache::enterpriseCount);
		entries(registry, "employees", VerificationCache::employeeCount);
		Gauge.builder("fugong.gate.cache.reload.age", this,
				(metrics) -> Duration.between(metrics.cache.lastPoll(), metrics.clock.instant()).toMillis() / 1000.0)
			.description("Seconds since this instance last read what other instances changed")
			.baseUnit("seconds")
			.register(registry);
	}

	private void entries(MeterRegistry registry, String kind, ToIntFunction<VerificationCache> size) {
		Gauge.builder("fugong.gate.cache.entries", this.cache, (cache) -> size.applyAsInt(cache))
			.description("Entries held by the verification cache")
			.tag("kind", kind)
			.register(registry);
	}

}
