package org.fugong.common;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce kept in front of the ciphertext (and
 * its tag), for secrets kept in the database under a key from configuration.
 * Associated data, where given, binds a ciphertext to its row, so it cannot be
 * moved to another one.
 */
public final class AesGcm {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	private AesGcm(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("An AES-256 key has 32 bytes, not " + key.length);
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	/** A cipher for a 32-byte key; an {@link IllegalArgumentException} for any other length. */
	public static AesGcm of(byte[] key) {
		return new AesGcm(key);
	}

	/** A cipher for the 32-byte key written in base64, as it comes from configuration. */
	public static AesGcm ofBase64Key(String base64, String property) {
		if (base64 == null || base64.isBlank()) {
			throw new IllegalStateException(property + " is not set: give it 32 random bytes in base64");
		}
		try {
			return new AesGcm(Base64.getDecoder().decode(base64.trim()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(property + " must be 32 bytes in base64", ex);
		}
	}

	/** Nonce, ciphertext and tag, with no associated data. */
	public byte[] encrypt(byte[] plaintext) {
		return encrypt(plaintext, new byte[0]);
	}

	public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData);
			byte[] sealed = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM encryption failed", ex);
		}
	}

	/** The plaintext of {@link #encrypt(byte[])}; an {@link IllegalStateException} under another key. */
	public byte[] decrypt(byte[] ciphertext) {
		return decrypt(ciphertext, new byte[0]);
	}

	/** The plaintext; an {@link IllegalStateException} when the key or the associated data is not the one used. */
	public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, ciphertext, 0, NONCE_BYTES));
			cipher.updateAAD(associatedData);
			return cipher.doFinal(ciphertext, NONCE_BYTES, ciphertext.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM decryption failed: wrong key or tampered data", ex);
		}
	}

}
