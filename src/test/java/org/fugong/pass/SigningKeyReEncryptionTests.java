package org.fugong.pass;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.fugong.common.AesGcm;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-wrapping the pass signing keys under a new key-encryption key (docs/operations.md), on real PostgreSQL. */
@IntegrationTest
class SigningKeyReEncryptionTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	PassProperties properties;

	@Autowired
	KeyRing keyRing;

	@Test
	void signingKeysSealedUnderTheOldKeyAreResealedUnderTheCurrentOneUnchanged() {
		this.keyRing.signingKey();
		AesGcm current = AesGcm.ofBase64Key(this.properties.keyEncryptionKey(), "current");
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		String oldKey = Base64.getEncoder().encodeToString(bytes);
		AesGcm old = AesGcm.of(bytes);
		List<Map<String, Object>> keys = this.jdbc.queryForList("SELECT kid, private_key_encrypted FROM pass_signing_key");
		for (Map<String, Object> key : keys) {
			byte[] kid = ((String) key.get("kid")).getBytes(StandardCharsets.US_ASCII);
			byte[] pkcs8 = current.decrypt((byte[]) key.get("private_key_encrypted"), kid);
			this.jdbc.update("UPDATE pass_signing_key SET private_key_encrypted = ? WHERE kid = ?",
					old.encrypt(pkcs8, kid), key.get("kid"));
		}

		SigningKeyReEncryption reEncryption = new SigningKeyReEncryption(this.jdbc, this.transactions, this.properties,
				oldKey);
		assertThat(reEncryption.reEncrypt(500)).isEqualTo(keys.size());

		for (Map<String, Object> key : keys) {
			byte[] kid = ((String) key.get("kid")).getBytes(StandardCharsets.US_ASCII);
			byte[] resealed = this.jdbc.queryForObject(
					"SELECT private_key_encrypted FROM pass_signing_key WHERE kid = ?", byte[].class, key.get("kid"));
			assertThat(current.decrypt(resealed, kid))
				.isEqualTo(current.decrypt((byte[]) key.get("private_key_encrypted"), kid));
		}
		assertThat(reEncryption.reEncrypt(500)).isZero();
	}

}
