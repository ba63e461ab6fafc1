package org.fugong.common;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The data-key rotation of docs/operations.md, on real PostgreSQL. */
@IntegrationTest
class DataKeyReEncryptionTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	FieldCipher current;

	@Autowired
	List<EncryptedColumn> columns;

	@Test
	void everyFeatureDeclaresItsEncryptedColumns() {
		assertThat(this.columns).extracting(EncryptedColumn::toString)
			.contains("employee.id_number_cipher", "vehicle_trip.driver_id_encrypted", "vehicle_driver.id_encrypted");
	}

	@Test
	void rowsUnderTheOldKeyMoveToTheCurrentOneWithTheirHashAndASecondRunChangesNothing() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		String oldKey = Base64.getEncoder().encodeToString(bytes);
		FieldCipher old = FieldCipher.of(oldKey, "FUGONG_DATA_KEY_OLD");
		// Five roster rows as a database written before the rotation holds them.
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("SELECT id, id_number_cipher FROM employee ORDER BY id LIMIT 5");
		assertThat(rows).hasSize(5);
		for (Map<String, Object> row : rows) {
			String plain = this.current.decrypt((String) row.get("id_number_cipher"));
			this.jdbc.update("UPDATE employee SET id_number_cipher = ?, id_number_hash = ? WHERE id = ?",
					old.encrypt(plain), old.hash(plain), row.get("id"));
		}

		DataKeyReEncryption reEncryption = new DataKeyReEncryption(this.jdbc, this.transactions, this.current, oldKey,
				this.columns);
		assertThat(reEncryption.reEncrypt(2)).isEqualTo(5);

		for (Map<String, Object> row : rows) {
			String plain = this.current.decrypt((String) row.get("id_number_cipher"));
			Map<String, Object> now = this.jdbc
				.queryForMap("SELECT id_number_cipher, id_number_hash FROM employee WHERE id = ?", row.get("id"));
			assertThat(this.current.decrypt((String) now.get("id_number_cipher"))).isEqualTo(plain);
			assertThat(now.get("id_number_hash")).isEqualTo(this.current.hash(plain));
		}
		assertThat(reEncryption.reEncrypt(2)).isZero();
	}

	@Test
	void withoutAnOldKeyThereIsNothingToDo() {
		assertThat(new DataKeyReEncryption(this.jdbc, this.transactions, this.current, "", this.columns).reEncrypt(100))
			.isZero();
	}

}
