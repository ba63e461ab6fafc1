package org.fugong.common;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Moves every {@link EncryptedColumn} from {@code FUGONG_DATA_KEY_OLD} to
 * {@code FUGONG_DATA_KEY}: decrypts under the old key, encrypts under the new one
 * and recomputes the keyed hash (it is derived from the key too). Rows in order
 * of their id, a batch per transaction, locked while they change; a row that
 * already decrypts under the new key is skipped, so a second run changes nothing.
 */
@Component
class DataKeyReEncryption implements ReEncryptable {

	private static final Logger log = LoggerFactory.getLogger(DataKeyReEncryption.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final FieldCipher current;

	private final String oldKey;

	private final List<EncryptedColumn> columns;

	DataKeyReEncryption(JdbcTemplate jdbc, PlatformTransactionManager transactions, FieldCipher current,
			@Value("${fugong.crypto.data-key-old:}") String oldKey, List<EncryptedColumn> columns) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.current = current;
		this.oldKey = oldKey;
		this.columns = columns;
	}

	@Override
	public String describe() {
		return "data key (FUGONG_DATA_KEY_OLD -> FUGONG_DATA_KEY) for " + this.columns;
	}

	@Override
	public long reEncrypt(int batchSize) {
		if (!StringUtils.hasText(this.oldKey)) {
			return 0;
		}
		FieldCipher old = FieldCipher.of(this.oldKey, "FUGONG_DATA_KEY_OLD");
		long changed = 0;
		for (EncryptedColumn column : this.columns) {
			long inColumn = reEncrypt(column, old, batchSize);
			log.info("Re-encrypted {} rows of {}", inColumn, column);
			changed += inColumn;
		}
		return changed;
	}

	private long reEncrypt(EncryptedColumn column, FieldCipher old, int batchSize) {
		String select = "SELECT id, " + column.cipherColumn() + " FROM " + column.table()
				+ " WHERE id > ? ORDER BY id LIMIT ? FOR UPDATE";
		String update = "UPDATE " + column.table() + " SET " + column.cipherColumn() + " = ?, " + column.hashColumn()
				+ " = ? WHERE id = ?";
		long changed = 0;
		long after = Long.MIN_VALUE;
		while (true) {
			long from = after;
			Batch batch = this.transactions.execute((status) -> {
				List<Row> rows = this.jdbc.query(select, (rs, n) -> new Row(rs.getLong(1), rs.getString(2)), from,
						batchSize);
				int done = 0;
				for (Row row : rows) {
					if (decrypts(this.current, row.stored())) {
						continue;
					}
					if (!decrypts(old, row.stored())) {
						throw new UnsafeConfigurationException(column + " of row " + row.id()
								+ " decrypts under neither FUGONG_DATA_KEY nor FUGONG_DATA_KEY_OLD.",
								"Check that FUGONG_DATA_KEY_OLD is the key the data was written with.");
					}
					String plain = old.decrypt(row.stored());
					this.jdbc.update(update, this.current.encrypt(plain), this.current.hash(plain), row.id());
					done++;
				}
				return new Batch(rows.isEmpty() ? from : rows.get(rows.size() - 1).id(), rows.size(), done);
			});
			changed += batch.changed();
			if (batch.read() < batchSize) {
				return changed;
			}
			after = batch.lastId();
		}
	}

	private static boolean decrypts(FieldCipher cipher, String stored) {
		try {
			cipher.decrypt(stored);
			return true;
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			return false;
		}
	}

	private record Row(long id, String stored) {
	}

	private record Batch(long lastId, int read, int changed) {
	}

}
