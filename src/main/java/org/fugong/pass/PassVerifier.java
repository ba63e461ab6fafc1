package org.fugong.pass;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.pass.PassTokens.DecodedToken;
import org.fugong.pass.VerificationCache.PassSnapshot;
import org.fugong.whitelist.WhitelistStanding;
import org.fugong.workforce.TestStanding;

import org.springframework.stereotype.Service;

/**
 * Verifies a pass token the way API.md orders the reasons. A token this server
 * issued and holds in memory is recognised by its hash and needs no signature
 * check; any other is checked against the keys held in memory before the
 * database is asked about it, so a forged code never reaches the database. Revocation, the whitelist,
 * the holder's tests and health declaration come from {@link VerificationCache}, which their
 * changes keep current, so a suspension stops a pass at once and a restore lets
 * it verify again.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PassVerifier {

	private final PassRepository passes;

	private final KeyRing keys;

	private final VerificationCache cache;

	/**
	 * The verdict on {@code qrText} at {@code at}; {@code checkpointRegion}, when
	 * given, is the region code of the checkpoint a vehicle pass is scanned at.
	 * Never throws for any text.
	 */
	public Verification verify(String qrText, Instant at, String checkpointRegion) {
		Optional<DecodedToken> decoded = PassTokens.decode(qrText);
		if (decoded.isEmpty()) {
			return new Verification(VerificationReason.MALFORMED, null, null);
		}
		PassClaims claims = decoded.get().claims();
		String token = qrText.strip();
		byte[] tokenHash = PassWriter.sha256(token);
		Optional<PassSnapshot> known = this.cache.known(tokenHash);
		if (known.isEmpty()) {
			// Not in memory: the signature is checked first, from the keys in memory, so a forged code costs no query.
			Optional<PublicKey> key = this.keys.verifyingKey(claims.kid());
			if (key.isEmpty()) {
				return new Verification(VerificationReason.UNKNOWN_KEY, claims, null);
			}
			if (!decoded.get().signedBy(key.get())) {
				return new Verification(VerificationReason.BAD_SIGNATURE, claims, null);
			}
		}
		PassSnapshot pass;
		Optional<PassSnapshot> recognised = known.isPresent() ? known
				: this.cache.pass(tokenHash, () -> this.passes.findByTokenHash(tokenHash).map(PassVerifier::snapshot));
		if (recognised.isPresent()) {
			pass = recognised.get();
		}
		else {
			// A genuine token we no longer carry: the pass was renewed since. Its own validity counts.
			Optional<Pass> stored = this.passes.findById(claims.passId());
			if (stored.isEmpty()) {
				return new Verification(VerificationReason.REVOKED, claims, null);
			}
			pass = snapshot(stored.get());
		}
		if (pass.revoked()) {
			return new Verification(VerificationReason.REVOKED, claims, pass.passId());
		}
		if (at.isBefore(claims.validFrom())) {
			return new Verification(VerificationReason.NOT_YET_VALID, claims, pass.passId());
		}
		if (!at.isBefore(claims.validTo())) {
			return new Verification(VerificationReason.EXPIRED, claims, pass.passId());
		}
		WhitelistStanding enterprise = this.cache.enterprise(claims.enterpriseId());
		if (enterprise == WhitelistStanding.SUSPENDED) {
			return new Verification(VerificationReason.ENTERPRISE_SUSPENDED, claims, pass.passId());
		}
		if (enterprise == WhitelistStanding.NOT_LISTED) {
			return new Verification(VerificationReason.ENTERPRISE_NOT_WHITELISTED, claims, pass.passId());
		}
		// A worker, or a vehicle's driver on the roster: the holder's tests, by the district's rule.
		if (pass.employeeId() != null) {
			TestStanding standing = this.cache.employee(pass.employeeId(), at).standing();
			if (standing == TestStanding.OVERDUE) {
				return new Verification(VerificationReason.TEST_OVERDUE, claims, pass.passId());
			}
			if (standing == TestStanding.POSITIVE) {
				return new Verification(VerificationReason.TEST_POSITIVE, claims, pass.passId());
			}
			if (this.cache.held(pass.employeeId(), at)) {
				return new Verification(VerificationReason.HEALTH_DECLARATION, claims, pass.passId());
			}
		}
		if (claims.type() == PassType.VEHICLE && checkpointRegion != null && !inScope(claims, checkpointRegion)) {
			return new Verification(VerificationReason.OUT_OF_SCOPE, claims, pass.passId());
		}
		return new Verification(VerificationReason.OK, claims, pass.passId());
	}

	/** The token of the pass with this short code (typed at the gate when a screen is cracked). */
	public Optional<String> tokenOfShortCode(String shortCode) {
		if (shortCode == null || !shortCode.strip().matches("[A-Za-z0-9]{10}")) {
			return Optional.empty();
		}
		return this.passes.findByShortCode(shortCode.strip().toUpperCase()).map(Pass::getToken);
	}

	/** What a scan needs of a stored pass, as the cache keeps it. */
	private static PassSnapshot snapshot(Pass pass) {
		PassClaims claims = PassTokens.decode(pass.getToken()).map(DecodedToken::claims).orElse(null);
		return new PassSnapshot(pass.getId(), pass.getType(), pass.getEnterpriseId(), pass.getEmployeeId(),
				pass.getStatus() == PassStatus.REVOKED, pass.getValidFrom(), pass.getValidTo(), claims);
	}

	/**
	 * Whether a checkpoint lies within a vehicle pass's scope: DISTRICT, the
	 * enterprise's district (the checkpoint's code starts with it); CITY, the same
	 * province-level city (first two digits); INTER_PROVINCE, anywhere.
	 */
	static boolean inScope(PassClaims claims, String checkpointRegion) {
		if (claims.scope() == null || claims.scope() == VehicleScope.INTER_PROVINCE) {
			return true;
		}
		String district = (claims.districtCode() != null) ? claims.districtCode() : "";
		if (claims.scope() == VehicleScope.DISTRICT) {
			return !district.isEmpty() && checkpointRegion.startsWith(district);
		}
		return district.length() >= 2 && checkpointRegion.startsWith(district.substring(0, 2));
	}

	/** A verdict: {@code claims} is null only for a malformed token, {@code passId} when no pass was found. */
	public record Verification(VerificationReason reason, PassClaims claims, Long passId) {

		public boolean valid() {
			return this.reason == VerificationReason.OK;
		}

	}

}
