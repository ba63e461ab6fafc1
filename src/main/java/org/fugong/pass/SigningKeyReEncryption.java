package org.fugong.pass;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fugong.common.AesGcm;
import org.fugong.common.ReEncryptable;
import org.fugong.common.UnsafeConfigurationException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Re-wraps the private halves of the pass signing keys from
 * {@code FUGONG_PASS_KEY_ENCRYPTION_KEY_OLD} to the current key-encryption key,
 * bound to their key id as {@link KeyRing} seals them. The keys themselves do not
 * change, so every issued pass keeps verifying. A key already under the new key
 * is left alone.
 */
@Component
class SigningKeyReEncryption implements ReEncryptable {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final PassProperties properties;

	private final String oldKey;

	SigningKeyReEncryption(JdbcTemplate jdbc, PlatformTransactionManager transactions, PassProperties properties,
			@Value("${fugong.passes.key-encryption-key-old:}") String oldKey) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.properties = properties;
		this.oldKey = oldKey;
	}

	@Override
	public String describe() {
		return "pass signing keys (FUGONG_PASS_KEY_ENCRYPTION_KEY_OLD -> FUGONG_PASS_KEY_ENCRYPTION_KEY)";
	}

	@Override
	public long reEncrypt(int batchSize) {
		if (!StringUtils.hasText(this.oldKey)) {
			return 0;
		}
		AesGcm old = AesGcm.ofBase64Key(this.oldKey, "FUGONG_PASS_KEY_ENCRYPTION_KEY_OLD");
		AesGcm current = AesGcm.ofBase64Key(this.properties.keyEncryptionKey(), "FUGONG_PASS_KEY_ENCRYPTION_KEY");
		// A signing key is made every rotation period: a few dozen rows in years, one transaction is enough.
		Long changed = this.transactions.execute((status) -> {
			List<Sealed> keys = this.jdbc.query(
					"SELECT kid, private_key_encrypted FROM pass_signing_key ORDER BY created_at FOR UPDATE",
					(rs, n) -> new Sealed(rs.getString(1), rs.getBytes(2)));
			long done = 0;
			for (Sealed key : keys) {
				byte[] kid = key.kid().getBytes(StandardCharsets.US_ASCII);
				if (opens(current, key.sealed(), kid)) {
					continue;
				}
				if (!opens(old, key.sealed(), kid)) {
					throw new UnsafeConfigurationException("Signing key " + key.kid() + " decrypts under neither "
							+ "FUGONG_PASS_KEY_ENCRYPTION_KEY nor FUGONG_PASS_KEY_ENCRYPTION_KEY_OLD.",
							"Check that FUGONG_PASS_KEY_ENCRYPTION_KEY_OLD is the key the signing keys were sealed with.");
				}
				this.jdbc.update("UPDATE pass_signing_key SET private_key_encrypted = ? WHERE kid = ?",
						current.encrypt(old.decrypt(key.sealed(), kid), kid), key.kid());
				done++;
			}
			return done;
		});
		return (changed != null) ? changed : 0;
	}

	private static boolean opens(AesGcm cipher, byte[] sealed, byte[] kid) {
		try {
			cipher.decrypt(sealed, kid);
			return true;
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	private record Sealed(String kid, byte[] sealed) {
	}

}
