package org.fugong.pass;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.fugong.common.TimeFormat;
import org.fugong.whitelist.WhitelistService;
import org.fugong.whitelist.WhitelistStanding;
import org.fugong.workforce.HealthDeclarations;
import org.fugong.workforce.TestStatus;
import org.fugong.workforce.Workforce;

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
 * Everything that changes one of them writes a row to {@code gate_change}
 * ({@link GateChanges}); this instance forgets the entry as soon as that
 * transaction commits. Every instance reads the rows of the last 30 seconds
 * once a second and forgets theirs, so no instance answers from stale data for
 * more than about a second. {@link VerificationCacheWarmUp} fills it after start.
 */
@Component
class VerificationCache {

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
	 * For the warm-up: an enterprise's whitelist standing and the test standings and
	 * health holds of all its employees, read together; what a scan read already stays.
	 */
	void preload(long enterpriseId, Instant now) {
		enterprise(enterpriseId);
		Map<Long, TestStatus> statuses = this.workforce.testStatuses(enterpriseId, now);
		statuses.forEach(this.employees::putIfAbsent);
		LocalDate today = LocalDate.ofInstant(now, TimeFormat.ZONE);
		Set<Long> heldHere = this.health.heldOf(enterpriseId, today);
		statuses.keySet().forEach((id) -> this.held.putIfAbsent(id, new Held(today, heldHere.contains(id))));
	}

	/** Passes just issued go into the cache when their transaction commits. */
	void issued(List<PassSnapshot> snapshots, List<byte[]> tokenHashes) {
		afterCommit(() -> {
			for (int i = 0; i < snapshots.size(); i++) {
				keep(tokenHashes.get(i), snapshots.get(i));
			}
		});
	}

	void keep(byte[] tokenHash, PassSnapshot snapshot) {
		ByteBuffer key = ByteBuffer.wrap(tokenHash);
		bound(this.byToken);
		this.byToken.put(key, snapshot);
		this.tokenOfPass.put(snapshot.passId(), key);
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

	/** Forgets what a change row names (its kind and key), here and now. */
	void forget(String kind, long key) {
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

	/** What a scan needs of a pass. */
	record PassSnapshot(long passId, PassType type, long enterpriseId, Long employeeId, boolean revoked,
			Instant validFrom, Instant validTo, PassClaims claims) {
	}

}
