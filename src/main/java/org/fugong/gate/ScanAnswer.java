package org.fugong.gate;

import java.time.Instant;

import org.fugong.pass.PassClaims;
import org.fugong.pass.PassType;
import org.fugong.pass.PassVerifier.Verification;
import org.fugong.pass.VehicleScope;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a scan (API.md), the one record a scan is answered with by every
 * entrance: {@code verdict} VALID or INVALID and the reason code (with
 * {@code reasonText}, the reason in the guard's words), what the guard needs to
 * see of the pass (masked holder, enterprise, type, validity), and, added: whether
 * this was a retry ({@code duplicate}) or the same pass again within ten seconds
 * ({@code alreadyScanned}), the direction, the checkpoint and a vehicle flag.
 */
@Schema(name = "VerifyAnswer")
public record ScanAnswer(String verdict, String reason, String reasonText, PassType passType, String holder,
		String enterprise, Instant validFrom, Instant validTo, VehicleScope scope, Long passId, Instant scannedAt,
		Direction direction, long checkpointId, String checkpoint, boolean alreadyScanned, boolean duplicate,
		String flag) {

	/** The same answer with its reason in words. */
	ScanAnswer inWords(String text) {
		return new ScanAnswer(this.verdict, this.reason, text, this.passType, this.holder, this.enterprise,
				this.validFrom, this.validTo, this.scope, this.passId, this.scannedAt, this.direction,
				this.checkpointId, this.checkpoint, this.alreadyScanned, this.duplicate, this.flag);
	}

	static ScanAnswer of(Verification verification, CheckpointView checkpoint, Direction direction, Instant scannedAt,
			boolean alreadyScanned, boolean duplicate, String flag) {
		PassClaims claims = verification.claims();
		return new ScanAnswer(verification.valid() ? "VALID" : "INVALID", verification.reason().name(), null,
				(claims != null) ? claims.type() : null, (claims != null) ? claims.holder() : null,
				(claims != null) ? claims.enterpriseName() : null, (claims != null) ? claims.validFrom() : null,
				(claims != null) ? claims.validTo() : null, (claims != null) ? claims.scope() : null,
				verification.passId(), scannedAt, direction, checkpoint.id(), checkpoint.name(), alreadyScanned,
				duplicate, flag);
	}

}
