package org.fugong.pass;

import java.math.BigInteger;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Base64;

/**
 * A published pass key as verifiers receive it: SubjectPublicKeyInfo (DER,
 * base64) for Java and OpenSSL, and a JWK for WebCrypto (docs/pass-format.md).
 */
public record PublicKeyView(String kid, String alg, String publicKey, Jwk jwk, Instant createdAt, Instant retiredAt,
		Instant verifyUntil) {

	public static PublicKeyView of(KeyRing.PublishedKey key) {
		ECPublicKey ec = (ECPublicKey) KeyRing.decodePublic(key.publicKey());
		Jwk jwk = new Jwk("EC", "P-256", coordinate(ec.getW().getAffineX()), coordinate(ec.getW().getAffineY()),
				key.kid(), "ES256", "sig");
		return new PublicKeyView(key.kid(), key.algorithm(), Base64.getEncoder().encodeToString(key.publicKey()), jwk,
				key.createdAt(), key.retiredAt(), key.verifyUntil());
	}

	private static String coordinate(BigInteger value) {
		byte[] bytes = value.toByteArray();
		byte[] fixed = new byte[32];
		int copy = Math.min(32, bytes.length);
		System.arraycopy(bytes, bytes.length - copy, fixed, 32 - copy, copy);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
	}

	/** The key as a JSON Web Key. */
	public record Jwk(String kty, String crv, String x, String y, String kid, String alg, String use) {
	}

}
