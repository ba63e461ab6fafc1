package org.fugong.pass;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import lombok.RequiredArgsConstructor;
import org.fugong.whitelist.WhitelistChanged;
import org.fugong.workforce.EmployeeStandingChanged;
import org.fugong.workforce.TestRuleChanged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The change feed of {@code gate_change}: everything that changes what a scan
 * answers (a revocation or renewal, a whitelist change, a test result, a health
 * declaration, a deactivated employee, a new test rule) writes a row in its own
 * transaction, and this instance's {@link VerificationCache} forgets the entry
 * as soon as that transaction commits. Other instances read the row when they
 * poll ({@link VerificationCache#poll()}).
 */
@Component
@RequiredArgsConstructor
class GateChanges {

	private final JdbcTemplate jdbc;

	private final VerificationCache cache;

	private final Clock clock;

	/** Records that a pass changed: written with the caller's transaction, forgotten here when it commits. */
	void passChanged(long passId) {
		changed("PASS", passId);
	}

	@EventListener
	void on(WhitelistChanged event) {
		changed("ENTERPRISE", event.enterpriseId());
	}

	@EventListener
	void on(EmployeeStandingChanged event) {
		changed("EMPLOYEE", event.employeeId());
	}

	@EventListener
	void on(TestRuleChanged event) {
		changed("RULE", 0);
	}

	/** Old change rows serve nobody: every instance has read them long ago. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void prune() {
		this.jdbc.update("DELETE FROM gate_change WHERE at < ?", Timestamp.from(this.clock.instant().minus(Duration.ofDays(1))));
	}

	private void changed(String kind, long key) {
		this.jdbc.update("INSERT INTO gate_change (kind, key, at) VALUES (?, ?, ?)", kind, key,
				Timestamp.from(this.clock.instant()));
		VerificationCache.afterCommit(() -> this.cache.forget(kind, key));
	}

}
