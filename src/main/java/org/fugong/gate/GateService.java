package org.fugong.gate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.pass.KeyRing;
import org.fugong.pass.PassClaims;
import org.fugong.pass.PassService;
import org.fugong.pass.PassType;
import org.fugong.pass.PassVerifier;
import org.fugong.pass.PassVerifier.Verification;
import org.fugong.pass.VerificationReason;
import org.fugong.security.CurrentUser;
import org.fugong.whitelist.WhitelistService;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The guard's side of the gate: a scanned code (or a short code typed in) is
 * verified for the guard's checkpoint, logged durably, and answered. A retry
 * with the same scan id gets the answer logged the first time; the same pass at
 * the same checkpoint and direction within ten seconds is answered "already
 * scanned" and not logged again. Vehicle scans make the trip's trace, and a
 * departure without an arrival is flagged.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GateService {

	static final Duration REPEAT_WINDOW = Duration.ofSeconds(10);

	private static final long LOG_WAIT_SECONDS = 5;

	private final PassVerifier verifier;

	private final PassService passes;

	private final KeyRing keys;

	private final WhitelistService whitelist;

	private final CheckpointService checkpoints;

	private final ScanLog log;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ScanInput input;

	private final ForgedScans forged;

	private final DatabaseReach reach;

	/** The last scan logged of a pass at a checkpoint in a direction (pass/checkpoint/direction): the ten-second repeat window. */
	private final Map<String, Recent> lastScanOfPass = new ConcurrentHashMap<>();

	/** Verifies one scan for the guard's checkpoint, logs it, and answers once the log row is durable. */
	public ScanAnswer verify(CurrentUser guard, String code, Direction direction, String scanId) {
		this.input.requireScan(code, scanId);
		requireDatabase();
		CheckpointView checkpoint = checkpointOf(guard);
		this.forged.requireAllowed(guard.getUsername());
		String id = scanId;
		// Microseconds, as the log keeps them: a retry's answer reads the same instant back.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String text = (code != null) ? code.strip() : "";
		if (!text.startsWith("FG:")) {
			text = this.verifier.tokenOfShortCode(text).orElse(text);
		}
		Direction way = (direction != null) ? direction : checkpoint.defaultDirection();
		Verification verification = this.verifier.verify(text, now, checkpoint.regionCode());
		this.forged.record(guard.getUsername(), verification.reason());
		PassClaims claims = verification.claims();
		String repeatKey = (verification.passId() != null) ? verification.passId() + "/" + checkpoint.id() + "/" + way : null;
		if (repeatKey != null) {
			Recent last = this.lastScanOfPass.get(repeatKey);
			if (last != null && last.at().plus(REPEAT_WINDOW).isAfter(now) && !last.scanId().equals(id)) {
				return ScanAnswer.of(verification, checkpoint, way, last.at(), true, false, null);
			}
		}
		String flag = flag(verification, way, checkpoint, now);
		ScanRow row = new ScanRow(id, verification.passId(), (claims != null) ? claims.type().name() : null,
				(claims != null) ? claims.enterpriseId() : null, checkpoint.id(), guard.getUsername(), way,
				verification.valid(), verification.reason().name(), now, false, null, false, flag, false);
		ScanRow logged = await(this.log.append(row));
		if (repeatKey != null && !logged.duplicate()) {
			if (this.lastScanOfPass.size() > 100_000) {
				this.lastScanOfPass.clear();
			}
			this.lastScanOfPass.put(repeatKey, new Recent(id, now));
		}
		if (logged.duplicate()) {
			VerificationReason reason = VerificationReason.valueOf(logged.reason());
			return ScanAnswer.of(new Verification(reason, claims, logged.passId()), checkpoint, logged.direction(),
					logged.scannedAt(), false, true, logged.flag());
		}
		return ScanAnswer.of(verification, checkpoint, way, now, false, false, flag);
	}

	/**
	 * Scans a phone made offline, sent when it is back online: each is judged
	 * again as of when it was scanned, logged once (by scan id) with the verdict the
	 * phone gave, and marked when the server judges it differently. A sync with
	 * a bad scan (see {@link ScanInput}) is refused whole, naming the scan.
	 */
	public SyncResult sync(CurrentUser guard, List<OfflineScan> scans) {
		this.input.requireSync(scans);
		requireDatabase();
		CheckpointView checkpoint = checkpointOf(guard);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<CompletableFuture<ScanRow>> pending = new ArrayList<>(scans.size());
		for (OfflineScan scan : scans) {
			String id = scan.scanId();
			// Within the clock skew a scan "from the future" is taken as made now.
			Instant at = scan.scannedAt().isAfter(now) ? now : scan.scannedAt().truncatedTo(ChronoUnit.MICROS);
			Direction way = (scan.direction() != null) ? scan.direction() : checkpoint.defaultDirection();
			Verification verification = this.verifier.verify(scan.qrText(), at, checkpoint.regionCode());
			PassClaims claims = verification.claims();
			String clientVerdict = "VALID".equals(scan.verdict()) ? "VALID" : "INVALID";
			boolean mismatch = verification.valid() != "VALID".equals(clientVerdict);
			pending.add(this.log.append(new ScanRow(id, verification.passId(),
					(claims != null) ? claims.type().name() : null, (claims != null) ? claims.enterpriseId() : null,
					checkpoint.id(), guard.getUsername(), way, verification.valid(), verification.reason().name(), at,
					true, clientVerdict, mismatch, flag(verification, way, checkpoint, at), false)));
		}
		int accepted = 0;
		int duplicates = 0;
		List<String> mismatches = new ArrayList<>();
		for (CompletableFuture<ScanRow> future : pending) {
			ScanRow row = await(future);
			if (row.duplicate()) {
				duplicates++;
			}
			else {
				accepted++;
				if (row.mismatch()) {
					mismatches.add(row.scanId());
				}
			}
		}
		return new SyncResult(accepted, duplicates, mismatches);
	}

	/** What a gate phone needs to verify without a network, refreshed every minute while online. */
	public OfflineBundle offlineBundle(CurrentUser guard, Duration maxAge) {
		CheckpointView checkpoint = checkpointOf(guard);
		return new OfflineBundle(this.keys.published(), this.passes.revokedInDate(),
				this.whitelist.suspendedEnterprises(), this.clock.instant(), maxAge.toHours(), checkpoint);
	}

	/** The guard's checkpoint and the counts of the shift (the last twelve hours at that checkpoint, by this guard). */
	public GuardShift shift(CurrentUser guard) {
		CheckpointView checkpoint = checkpointOf(guard);
		Instant since = this.clock.instant().minus(Duration.ofHours(12));
		Map<String, Object> counts = this.jdbc.queryForMap("""
				SELECT count(*) FILTER (WHERE verdict = 'VALID' AND direction IN ('IN','ARRIVE')) AS entered,
				       count(*) FILTER (WHERE verdict = 'VALID' AND direction IN ('OUT','DEPART')) AS left,
				       count(*) FILTER (WHERE verdict = 'INVALID') AS refused
				FROM gate_scan WHERE checkpoint_id = ? AND guard = ? AND scanned_at > ?
				""", checkpoint.id(), guard.getUsername(), java.sql.Timestamp.from(since));
		return new GuardShift(checkpoint, ((Number) counts.get("entered")).longValue(),
				((Number) counts.get("left")).longValue(), ((Number) counts.get("refused")).longValue());
	}

	/**
	 * Out of scope, or out of the loop's order (see {@link TripSequence}): a valid
	 * vehicle scan outside a quarantine point asks for the pass's previous valid
	 * one before {@code at}. Worker scans, the bulk of the traffic, ask nothing.
	 */
	private String flag(Verification verification, Direction way, CheckpointView checkpoint, Instant at) {
		if (verification.reason() == VerificationReason.OUT_OF_SCOPE) {
			return "OUT_OF_SCOPE";
		}
		if (!verification.valid() || verification.claims().type() != PassType.VEHICLE
				|| checkpoint.kind() == CheckpointKind.QUARANTINE_POINT) {
			return null;
		}
		List<String> last = this.jdbc.queryForList("""
				SELECT s.direction FROM gate_scan s JOIN checkpoint c ON c.id = s.checkpoint_id
				WHERE s.pass_id = ? AND s.verdict = 'VALID' AND s.scanned_at < ? AND c.kind <> 'QUARANTINE_POINT'
				ORDER BY s.scanned_at DESC LIMIT 1
				""", String.class, verification.passId(), java.sql.Timestamp.from(at));
		return TripSequence.flag(last.isEmpty() ? null : Direction.valueOf(last.get(0)), way);
	}

	private CheckpointView checkpointOf(CurrentUser guard) {
		return this.checkpoints.checkpointOf(guard.getUsername())
			.orElseThrow(() -> new BusinessRuleException("gate.noCheckpoint"));
	}

	/** While the database is out of reach no scan can be logged: say so at once (503), not after waiting. */
	private void requireDatabase() {
		if (this.reach.isDown()) {
			throw new ScanNotLoggedException(new IllegalStateException("The database is out of reach"));
		}
	}

	private static ScanRow await(CompletableFuture<ScanRow> future) {
		try {
			return future.get(LOG_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ScanNotLoggedException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new ScanNotLoggedException(ex);
		}
	}

	private record Recent(String scanId, Instant at) {
	}

	/** A scan made offline, as the phone kept it. */
	public record OfflineScan(String scanId, String qrText, Direction direction, Instant scannedAt, String verdict) {
	}

	public record SyncResult(int accepted, int duplicates, List<String> mismatches) {
	}

	public record OfflineBundle(List<KeyRing.PublishedKey> keys, List<Long> revoked, List<Long> suspended,
			Instant issuedAt, long maxAgeHours, CheckpointView checkpoint) {
	}

	public record GuardShift(CheckpointView checkpoint, long entered, long left, long refused) {
	}

	/** The scan could not be logged in time: the guard's phone retries with the same scan id. */
	public static class ScanNotLoggedException extends RuntimeException {

		ScanNotLoggedException(Throwable cause) {
			super("The scan could not be logged", cause);
		}

	}

}
