package org.fugong.common;

/**
 * Data kept encrypted under a key from configuration that a feature can move to
 * a new key: each batch of rows in its own transaction, rows already under the
 * new key left alone, so that a run cut short is simply started again
 * ({@link ReEncryptionRunner}, docs/operations.md "Key rotation").
 */
public interface ReEncryptable {

	/** What is re-encrypted, for the log. */
	String describe();

	/** Re-encrypts what is still under the old key; answers how many rows changed (0 when no old key is given). */
	long reEncrypt(int batchSize);

}
