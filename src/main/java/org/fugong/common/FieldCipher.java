package org.fugong.common;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts single personal data fields (resident ID numbers) for storage with
 * AES-256-GCM under the key of {@code fugong.crypto.data-key}, and gives them a
 * keyed hash (HMAC-SHA256 under a key derived from the same one) so that a
 * column can be unique and searchable without being readable. The stored form
 * is base64 of a 12-byte random nonce followed by the ciphertext and its tag.
 */
@Component
public class FieldCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey encryptionKey;

	private final SecretKey hashKey;

	private final SecureRandom random = new SecureRandom();

	FieldCipher(@Value("${fugong.crypto.data-key}") String dataKey) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(dataKey.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("fugong.crypto.data-key is not base64");
		}
		if (key.length != 32) {
			throw new IllegalStateException("fugong.crypto.data-key must be 32 bytes (base64), is " + key.length);
		}
		this.encryptionKey = new SecretKeySpec(key, "AES");
		// A separate key for hashing, so that the hash column reveals nothing about the cipher key.
		this.hashKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "fugong field hash v1"),
				"HmacSHA256");
	}

	public String encrypt(String plain) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM encryption failed", ex);
		}
	}

	public String decrypt(String stored) {
		byte[] bytes = Base64.getDecoder().decode(stored);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			// Never the value itself in the message: it would end up in a log.
			throw new IllegalStateException("Stored field does not decrypt under the configured data key");
		}
	}

	/** The keyed hash of a value, 64 hex digits: equal values hash equal, nobody without the key can test guesses. */
	public String hash(String plain) {
		return HexFormat.of().formatHex(hmac(this.hashKey, plain));
	}

	private static byte[] hmac(SecretKey key, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 failed", ex);
		}
	}

}
