package org.fugong.pass;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import lombok.RequiredArgsConstructor;

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
@RequiredArgsConstructor
class PassKeysApiController {

	private final KeyRing keys;

	private final Clock clock;

	@Operation(summary = "通行码公钥 · Pass verification keys", description = "核验通行码签名所用的公钥（JWK）。")
	@GetMapping("/api/v1/pass-keys")
	ResponseEntity<KeySet> keys() {
		List<PublicKeyView> answers = this.keys.published().stream().map(PublicKeyView::of).toList();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
			.body(new KeySet(answers, this.clock.instant()));
	}

	record KeySet(List<PublicKeyView> keys, Instant issuedAt) {
	}

}
