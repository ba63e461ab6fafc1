package org.fugong.pass;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;

/**
 * A fixed P-256 key and seeded nonces for tests that sign tokens but are not about
 * randomness: the same test signs the same tokens, so draws the same QR codes, and
 * decides the same way every run.
 */
final class TestSigning {

	static final KeyPair KEYS = keys();

	private TestSigning() {
	}

	/** A source of nonces that gives the same bytes for the same seed (SHA1PRNG seeded before first use). */
	static SecureRandom random(long seed) {
		try {
			SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
			random.setSeed(seed);
			return random;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The token of the claims under the fixed key, its nonce drawn from {@code random}. */
	static String sign(PassClaims claims, SecureRandom random) {
		byte[] payload = PassTokens.payload(claims);
		return PassTokens.token(payload, PassTokens.sign(payload, KEYS.getPrivate(), random));
	}

	/** As the server issues: signed again until the code reads at first glance. */
	static String issue(PassClaims claims, SecureRandom random) {
		return PassWriter.readableToken(PassTokens.payload(claims), KEYS.getPrivate(), random, new QrCodes());
	}

	private static KeyPair keys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), random(20261206L));
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
