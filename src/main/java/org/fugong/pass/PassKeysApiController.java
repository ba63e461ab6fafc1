package org.fugong.pass;

import java.math.BigInteger;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public halves of the pass signing keys, for anyone who verifies passes:
 * SubjectPublicKeyInfo (DER, base64) for Java and OpenSSL, and a JWK for WebCrypto.
 * No account needed; docs/pass-format.md tells how to use them.
 */
@RestController
class PassKeysApiController {

	private final KeyRing keys;

	private final Clock clock;

	PassKeysApiController(KeyRing keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	@GetMapping("/api/v1/pass-keys")
	ResponseEntity<KeySet> keys() {
		List<PublicKeyAnswer> answers = this.keys.published().stream().map(PublicKeyAnswer::of).toList();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
			.body(new KeySet(answers, this.clock.instant()));
	}

	record KeySet(List<PublicKeyAnswer> keys, Instant issuedAt) {
	}

	record PublicKeyAnswer(String kid, String alg, String publicKey, Jwk jwk, Instant createdAt, Instant retiredAt,
			Instant verifyUntil) {

		static PublicKeyAnswer of(KeyRing.PublishedKey key) {
			ECPublicKey ec = (ECPublicKey) KeyRing.decodePublic(key.publicKey());
			Jwk jwk = new Jwk("EC", "P-256", coordinate(ec.getW().getAffineX()), coordinate(ec.getW().getAffineY()),
					key.kid(), "ES256", "sig");
			return new PublicKeyAnswer(key.kid(), key.algorithm(), Base64.getEncoder().encodeToString(key.publicKey()),
					jwk, key.createdAt(), key.retiredAt(), key.verifyUntil());
		}

		private static String coordinate(BigInteger value) {
			byte[] bytes = value.toByteArray();
			byte[] fixed = new byte[32];
			int copy = Math.min(32, bytes.length);
			System.arraycopy(bytes, bytes.length - copy, fixed, 32 - copy, copy);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
		}

	}

	record Jwk(String kty, String crv, String x, String y, String kid, String alg, String use) {
	}

}
