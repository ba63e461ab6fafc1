package org.fugong.pass;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.fugong.whitelist.WhitelistEntryAdded;
import org.fugong.whitelist.WhitelistRemoved;
import org.fugong.whitelist.WhitelistRestored;
import org.fugong.whitelist.WhitelistService;
import org.fugong.whitelist.WhitelistStanding;
import org.fugong.whitelist.WhitelistSuspended;
import org.fugong.common.TimeFormat;
import org.fugong.workforce.EmployeeDeactivated;
import org.fugong.workforce.HealthDeclarations;
import org.fugong.workforce.HealthDeclared;
import org.fugong.workforce.TestResultRecorded;
import org.fugong.workforce.TestRuleChanged;
import org.fugong.workforce.TestStatus;
import org.fugong.workforce.Workforce;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a scan needs, kept in memory so that verifying a pass the server issued
 * costs a hash and a few map look-ups: the pass by the hash of its token, the
 * whitelist standing of its enterprise, the test standing of its holder (kept
 * until it lapses by itself) and whether a health declaration holds them (kept for the day).
 * <p>
 * Everything that changes one of them (a revocation or renewal, a whitelist
 * change, a test result, a health declaration, a deactivated employee, a new test rule) writes a row
 * to {@code gate_change} in its own transaction. This instance forgets the entry
 * as soon as that transaction commits; every instance reads the rows of the last
 * 30 seconds once a second and forgets theirs, so no instance answers from
 * stale data for more than about a second.
 */
@Component
class VerificationCache {

	private static final Logger logger = LoggerFactory.getLogger(VerificationCache.class);

	private static final int MAX_ENTRIES = 500_000;

	private static final Duration OVERLAP = Duration.ofSeconds(30);

	private final JdbcTemplate jdbc;

	private final WhitelistService whitelist;

	private final Workforce workforce;

	private final Clock clock;

	private final Map<ByteBuffer, PassSnapshot> byToken = new ConcurrentHashMap<>();

	private final Map<Long, ByteBuffer> tokenOfPass = new ConcurrentHashMap<>();

	private final Map<Long, WhitelistStanding> enterprises = new ConcurrentHashMap<>();

	private final Map<Long, TestStatus> employees = new ConcurrentHashMap<>();

	/** Whether each employee is held by their health declaration, with the day (Asia/Shanghai) it was read for. */
	private final Map<Long, Held> held = new ConcurrentHashMap<>();

	private final HealthDeclarations health;

	private volatile Instant lastPoll;

	VerificationCache(JdbcTemplate jdbc, WhitelistService whitelist, Workforce workforce, HealthDeclarations health,
			Clock clock) {
		this.jdbc = jdbc;
		this.whitelist = whitelist;
		this.workforce = workforce;
		this.health = health;
		this.clock = clock;
		this.lastPoll = clock.instant();
	}

	/** The pass a token stands for when it is in memory, without asking the database. */
	Optional<PassSnapshot> known(byte[] tokenHash) {
		return Optional.ofNullable(this.byToken.get(ByteBuffer.wrap(tokenHash)));
	}

	/** The pass a token this server issued stands for; empty for a token it did not issue (or no longer carries). */
	Optional<PassSnapshot> pass(byte[] tokenHash, Supplier<Optional<PassSnapshot>> load) {
		ByteBuffer key = ByteBuffer.wrap(tokenHash);
		PassSnapshot cached = this.byToken.get(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<PassSnapshot> loaded = load.get();
		loaded.ifPresent((snapshot) -> keep(tokenHash, snapshot));
		return loaded;
	}

	WhitelistStanding enterprise(long enterpriseId) {
		WhitelistStanding cached = this.enterprises.get(enterpriseId);
		if (cached != null) {
			return cached;
		}
		WhitelistStanding standing = this.whitelist.standingOf(enterpriseId);
		bound(this.enterprises);
		this.enterprises.put(enterpriseId, standing);
		return standing;
	}

	TestStatus employee(long employeeId, Instant at) {
		TestStatus cached = this.employees.get(employeeId);
		if (cached != null && (cached.until() == null || at.isBefore(cached.until()))) {
			return cached;
		}
		TestStatus status = this.workforce.testStatus(employeeId, at);
		bound(this.employees);
		this.employees.put(employeeId, status);
		return status;
	}

	/**
	 * Whether the employee's latest health declaration up to the day of {@code at}
	 * is abnormal; kept for that day, until a declaration changes it.
	 */
	boolean held(long employeeId, Instant at) {
		LocalDate day = LocalDate.ofInstant(at, TimeFormat.ZONE);
		Held cached = this.held.get(employeeId);
		if (cached != null && cached.day().equals(day)) {
			return cached.held();
		}
		boolean held = this.health.held(employeeId, day);
		bound(this.held);
		this.held.put(employeeId, new Held(day, held));
		return held;
	}

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
			keep(rs.getBytes("token_hash"), snapshot);
			enterpriseIds.add(snapshot.enterpriseId());
		}, Timestamp.from(now));
		for (Long enterpriseId : enterpriseIds) {
			enterprise(enterpriseId);
			Map<Long, TestStatus> statuses = this.workforce.testStatuses(enterpriseId, now);
			statuses.forEach(this.employees::putIfAbsent);
			LocalDate today = LocalDate.ofInstant(now, TimeFormat.ZONE);
			Set<Long> heldHere = this.health.heldOf(enterpriseId, today);
			statuses.keySet().forEach((id) -> this.held.putIfAbsent(id, new Held(today, heldHere.contains(id))));
		}
		logger.info("Verification cache warmed up: {} passes of {} enterprises in {} ms", this.byToken.size(),
				enterpriseIds.size(), (System.nanoTime() - start) / 1_000_000);
	}

	/** Passes just issued go into the cache when their transaction commits. */
	void issued(List<PassSnapshot> snapshots, List<byte[]> tokenHashes) {
		afterCommit(() -> {
			for (int i = 0; i < snapshots.size(); i++) {
				keep(tokenHashes.get(i), snapshots.get(i));
			}
		});
	}

	private void keep(byte[] tokenHash, PassSnapshot snapshot) {
		ByteBuffer key = ByteBuffer.wrap(tokenHash);
		bound(this.byToken);
		this.byToken.put(key, snapshot);
		this.tokenOfPass.put(snapshot.passId(), key);
	}

	/** Records that a pass changed: written with the caller's transaction, forgotten here when it commits. */
	void passChanged(long passId) {
		changed("PASS", passId);
	}

	@EventListener
	void on(WhitelistSuspended event) {
		changed("ENTERPRISE", event.enterpriseId());
	}

	@EventListener
	void on(WhitelistRestored event) {
		changed("ENTERPRISE", event.enterpriseId());
	}

	@EventListener
	void on(WhitelistRemoved event) {
		changed("ENTERPRISE", event.enterpriseId());
	}

	@EventListener
	void on(WhitelistEntryAdded event) {
		changed("ENTERPRISE", event.enterpriseId());
	}

	@EventListener
	void on(TestResultRecorded event) {
		changed("EMPLOYEE", event.employeeId());
	}

	@EventListener
	void on(HealthDeclared event) {
		changed("EMPLOYEE", event.employeeId());
	}

	@EventListener
	void on(EmployeeDeactivated event) {
		changed("EMPLOYEE", event.employeeId());
	}

	@EventListener
	void on(TestRuleChanged event) {
		changed("RULE", 0);
	}

	/** Reads what other instances (and this one) changed lately and forgets it. */
	@Scheduled(fixedDelayString = "${fugong.gate.cache-poll:1s}", initialDelayString = "1s")
	void poll() {
		Instant now = this.clock.instant();
		List<Change> changes = this.jdbc.query("SELECT kind, key FROM gate_change WHERE at > ?",
				(rs, row) -> new Change(rs.getString("kind"), rs.getLong("key")),
				Timestamp.from(this.lastPoll.minus(OVERLAP)));
		this.lastPoll = now;
		changes.forEach((change) -> forget(change.kind(), change.key()));
	}

	/** Old change rows serve nobody: every instance has read them long ago. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void prune() {
		this.jdbc.update("DELETE FROM gate_change WHERE at < ?", Timestamp.from(this.clock.instant().minus(Duration.ofDays(1))));
	}

	private void changed(String kind, long key) {
		this.jdbc.update("INSERT INTO gate_change (kind, key, at) VALUES (?, ?, ?)", kind, key,
				Timestamp.from(this.clock.instant()));
		afterCommit(() -> forget(kind, key));
	}

	/** Runs when the caller's transaction commits (at once without one): no other transaction sees it earlier. */
	static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	private void forget(String kind, long key) {
		switch (kind) {
			case "PASS" -> {
				ByteBuffer token = this.tokenOfPass.remove(key);
				if (token != null) {
					this.byToken.remove(token);
				}
			}
			case "ENTERPRISE" -> this.enterprises.remove(key);
			case "EMPLOYEE" -> {
				this.employees.remove(key);
				this.held.remove(key);
			}
			case "RULE" -> this.employees.clear();
			default -> {
			}
		}
	}

	/** Keeps memory bounded (-Xmx512m): a full map starts over rather than grow. */
	private static void bound(Map<?, ?> map) {
		if (map.size() >= MAX_ENTRIES) {
			map.clear();
		}
	}

	/** Passes held, for the metrics. */
	int passCount() {
		return this.byToken.size();
	}

	/** Whitelist standings held, for the metrics. */
	int enterpriseCount() {
		return this.enterprises.size();
	}

	/** Test standings held, for the metrics. */
	int employeeCount() {
		return this.employees.size();
	}

	/** When this instance last read what changed: no answer is staler than this, give or take a second. */
	Instant lastPoll() {
		return this.lastPoll;
	}

	void clear() {
		this.byToken.clear();
		this.tokenOfPass.clear();
		this.enterprises.clear();
		this.employees.clear();
		this.held.clear();
	}

	private record Held(LocalDate day, boolean held) {
	}

	private record Change(String kind, long key) {
	}

	static PassSnapshot snapshot(Pass pass) {
		PassClaims claims = PassTokens.decode(pass.getToken()).map(PassTokens.DecodedToken::claims).orElse(null);
		return new PassSnapshot(pass.getId(), pass.getType(), pass.getEnterpriseId(), pass.getEmployeeId(),
				pass.getStatus() == PassStatus.REVOKED, pass.getValidFrom(), pass.getValidTo(), claims);
	}

	/** What a scan needs of a pass. */
	record PassSnapshot(long passId, PassType type, long enterpriseId, Long employeeId, boolean revoked,
			Instant validFrom, Instant validTo, PassClaims claims) {
	}

}
