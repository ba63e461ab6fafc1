package org.fugong.common;

/**
 * A column a feature keeps encrypted with {@link FieldCipher}, with the column of
 * its keyed hash, in a table whose key is a {@code bigint id}. Each feature
 * declares its own as a bean, so that a data-key rotation finds every one
 * ({@link DataKeyReEncryption}).
 */
public record EncryptedColumn(String table, String cipherColumn, String hashColumn) {

	public EncryptedColumn {
		for (String name : new String[] { table, cipherColumn, hashColumn }) {
			if (name == null || !name.matches("[a-z_][a-z0-9_]*")) {
				throw new IllegalArgumentException("Not an SQL name: " + name);
			}
		}
	}

	@Override
	public String toString() {
		return this.table + "." + this.cipherColumn;
	}

}
