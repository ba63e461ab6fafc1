package org.fugong.pass;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Passes: the key that encrypts the signing keys at rest (32 bytes, base64; set
 * {@code FUGONG_PASS_KEY_ENCRYPTION_KEY} in production), how long a signing key
 * signs before a new one takes over, the longest validity of a pass, and the
 * public address that links to a pass start with.
 */
@ConfigurationProperties("fugong.passes")
record PassProperties(String keyEncryptionKey, Duration keyRotation, Duration maxValidity, String publicUrl) {

	PassProperties {
		if (keyRotation == null) {
			keyRotation = Duration.ofDays(30);
		}
		if (maxValidity == null) {
			maxValidity = Duration.ofDays(30);
		}
		if (publicUrl == null || publicUrl.isBlank()) {
			publicUrl = "http://localhost:8080";
		}
		publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

}
