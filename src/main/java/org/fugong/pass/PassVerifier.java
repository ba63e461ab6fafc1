package org.fugong.pass;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;

import org.fugong.pass.PassTokens.DecodedToken;
import org.fugong.whitelist.WhitelistService;
import org.fugong.whitelist.WhitelistStatus;
import org.fugong.workforce.TestStanding;
import org.fugong.workforce.Workforce;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies a pass token the way API.md orders the reasons. A token this server
 * issued is recognised by its hash and needs no signature check; any other is
 * checked against the published keys. Revocation, the whitelist and the
 * holder's tests are read as they stand now, so a suspension stops a pass at
 * once and a restore lets it verify again.
 */
@Service
public class PassVerifier {

	private final PassRepository passes;

	private final KeyRing keys;

	private final WhitelistService whitelist;

	private final Workforce workforce;

	PassVerifier(PassRepository passes, KeyRing keys, WhitelistService whitelist, Workforce workforce) {
		this.passes = passes;
		this.keys = keys;
		this.whitelist = whitelist;
		this.workforce = workforce;
	}

	/**
	 * The verdict on {@code qrText} at {@code at}; {@code checkpointRegion}, when
	 * given, is the region code of the checkpoint a vehicle pass is scanned at.
	 */
	@Transactional(readOnly = true)
	public Verification verify(String qrText, Instant at, String checkpointRegion) {
		Optional<DecodedToken> decoded = PassTokens.decode(qrText);
		if (decoded.isEmpty()) {
			return new Verification(VerificationReason.MALFORMED, null);
		}
		PassClaims claims = decoded.get().claims();
		Optional<Pass> recognised = this.passes.findByTokenHash(PassWriter.sha256(qrText.strip()));
		if (recognised.isEmpty()) {
			Optional<PublicKey> key = this.keys.verifyingKey(claims.kid());
			if (key.isEmpty()) {
				return new Verification(VerificationReason.UNKNOWN_KEY, claims);
			}
			if (!decoded.get().signedBy(key.get())) {
				return new Verification(VerificationReason.BAD_SIGNATURE, claims);
			}
		}
		Optional<Pass> pass = recognised.or(() -> this.passes.findById(claims.passId()));
		if (pass.isEmpty() || pass.get().getStatus() == PassStatus.REVOKED) {
			return new Verification(VerificationReason.REVOKED, claims);
		}
		if (at.isBefore(claims.validFrom())) {
			return new Verification(VerificationReason.NOT_YET_VALID, claims);
		}
		if (!at.isBefore(claims.validTo())) {
			return new Verification(VerificationReason.EXPIRED, claims);
		}
		if (this.whitelist.activeLevelsOf(claims.enterpriseId()).isEmpty()) {
			boolean suspended = this.whitelist.entriesOf(claims.enterpriseId())
				.stream()
				.anyMatch((entry) -> entry.status() == WhitelistStatus.SUSPENDED);
			return new Verification(suspended ? VerificationReason.ENTERPRISE_SUSPENDED
					: VerificationReason.ENTERPRISE_NOT_WHITELISTED, claims);
		}
		if (claims.type() == PassType.WORKER) {
			TestStanding standing = this.workforce.standing(pass.get().getEmployeeId(), at);
			if (standing == TestStanding.OVERDUE) {
				return new Verification(VerificationReason.TEST_OVERDUE, claims);
			}
			if (standing == TestStanding.POSITIVE) {
				return new Verification(VerificationReason.TEST_POSITIVE, claims);
			}
		}
		else if (checkpointRegion != null && !inScope(claims, checkpointRegion)) {
			return new Verification(VerificationReason.OUT_OF_SCOPE, claims);
		}
		return new Verification(VerificationReason.OK, claims);
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

	/** A verdict: {@code claims} is null only for a malformed token. */
	public record Verification(VerificationReason reason, PassClaims claims) {

		public boolean valid() {
			return this.reason == VerificationReason.OK;
		}

	}

}
