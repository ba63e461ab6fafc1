package org.fugong.pass;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.fugong.pass.VerificationCache.PassSnapshot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills the {@link VerificationCache} after start: every pass in date, the
 * whitelist standing of their enterprises and the test status and health hold
 * of their employees, read in bulk in the background.
 */
@Component
@RequiredArgsConstructor
class VerificationCacheWarmUp {

	private static final Logger logger = LoggerFactory.getLogger(VerificationCacheWarmUp.class);

	private final JdbcTemplate jdbc;

	private final VerificationCache cache;

	private final Clock clock;

	/**
	 * Loads every pass in date, the whitelist standing of their enterprises and
	 * the test status of their employees, in the background after start, so that
	 * the first scan of each pass at 7 a.m. finds it in memory.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUpInTheBackground() {
		Thread warmer = new Thread(this::warmUpUntilDone, "verification-cache-warm-up");
		warmer.setDaemon(true);
		warmer.start();
	}

	/** A database restarting while the app starts must not leave the cache cold for the morning: try again. */
	private void warmUpUntilDone() {
		for (int attempt = 1; attempt <= 30; attempt++) {
			try {
				warmUp();
				return;
			}
			catch (DataAccessException ex) {
				logger.warn("Warming up the verification cache failed (attempt {}), trying again in 10 s: {}", attempt,
						ex.toString());
				try {
					Thread.sleep(10_000);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	void warmUp() {
		long start = System.nanoTime();
		Instant now = this.clock.instant();
		Set<Long> enterpriseIds = new HashSet<>();
		this.jdbc.query("""
				SELECT id, type, enterprise_id, employee_id, valid_from, valid_to, token, token_hash FROM pass
				WHERE status = 'ACTIVE' AND valid_to > ?
				""", (rs) -> {
			long employee = rs.getLong("employee_id");
			Long employeeId = rs.wasNull() ? null : employee;
			PassClaims claims = PassTokens.decode(rs.getString("token")).map(PassTokens.DecodedToken::claims).orElse(null);
			PassSnapshot snapshot = new PassSnapshot(rs.getLong("id"), PassType.valueOf(rs.getString("type")),
					rs.getLong("enterprise_id"), employeeId, false, rs.getTimestamp("valid_from").toInstant(),
					rs.getTimestamp("valid_to").toInstant(), claims);
			this.cache.keep(rs.getBytes("token_hash"), snapshot);
			enterpriseIds.add(snapshot.enterpriseId());
		}, Timestamp.from(now));
		for (Long enterpriseId : enterpriseIds) {
			this.cache.preload(enterpriseId, now);
		}
		logger.info("Verification cache warmed up: {} passes of {} enterprises in {} ms", this.cache.passCount(),
				enterpriseIds.size(), (System.nanoTime() - start) / 1_000_000);
	}

}
