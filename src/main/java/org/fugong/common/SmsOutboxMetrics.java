package org.fugong.common;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SMS outbox depth: messages still to send (pending, tries left) and those
 * given up after the last try. Read from the database at each scrape, so every
 * instance reports the same shared figure (watch the max, not the sum); the
 * pending count uses the outbox's partial index.
 */
@Component
@RequiredArgsConstructor
class SmsOutboxMetrics implements MeterBinder {

	private final JdbcTemplate jdbc;

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("fugong.sms.outbox", this, (metrics) -> metrics.count("sent_at IS NULL AND attempts < ?"))
			.description("Text messages waiting in the outbox, by state")
			.tag("state", "pending")
			.register(registry);
		Gauge.builder("fugong.sms.outbox", this, (metrics) -> metrics.count("sent_at IS NULL AND attempts >= ?"))
			.description("Text messages waiting in the outbox, by state")
			.tag("state", "failed")
			.register(registry);
	}

	private double count(String condition) {
		Long count = this.jdbc.queryForObject("SELECT count(*) FROM sms_outbox WHERE " + condition, Long.class,
				SmsOutbox.MAX_ATTEMPTS);
		return (count != null) ? count : Double.NaN;
	}

}
