package org.fugong.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts single personal data fields (resident ID numbers) for storage with
 * AES-256-GCM under the key of {@code fugong.crypto.data-key}, and gives them a
 * keyed hash (HMAC-SHA256 under a key derived from the same one) so that a
 * column can be unique and searchable without being readable. The stored form
 * is base64 of {@link AesGcm}'s output without associated data: a 12-byte
 * random nonce followed by the ciphertext and its tag.
 */
@Component
public class FieldCipher {

	private final AesGcm cipher;

	private final SecretKey hashKey;

	@Autowired
	FieldCipher(@Value("${fugong.crypto.data-key}") String dataKey) {
		this(SecretKeyCheck.decode(dataKey, "FUGONG_DATA_KEY"));
	}

	private FieldCipher(byte[] key) {
		this.cipher = AesGcm.of(key);
		// A separate key for hashing, so that the hash column reveals nothing about the cipher key.
		this.hashKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "fugong field hash v1"),
				"HmacSHA256");
	}

	/** A cipher under another key than the configured one: the old key while data is re-encrypted. */
	static FieldCipher of(String base64Key, String variable) {
		return new FieldCipher(SecretKeyCheck.decode(base64Key, variable));
	}

	public String encrypt(String plain) {
		return Base64.getEncoder().encodeToString(this.cipher.encrypt(plain.getBytes(StandardCharsets.UTF_8)));
	}

	public String decrypt(String stored) {
		byte[] bytes = Base64.getDecoder().decode(stored);
		try {
			return new String(this.cipher.decrypt(bytes), StandardCharsets.UTF_8);
		}
		catch (IllegalStateException ex) {
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
