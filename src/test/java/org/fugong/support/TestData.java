package org.fugong.support;

import java.util.concurrent.atomic.AtomicLong;

import org.fugong.common.CreditCodes;

/**
 * Unique, valid identifiers for test data in the shared database.
 */
public final class TestData {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private TestData() {
	}

	/** A valid credit code (GB 32100-2015) that no other test uses. */
	public static String creditCode() {
		long n = SEQUENCE.incrementAndGet();
		StringBuilder tail = new StringBuilder();
		for (int i = 0; i < 9; i++) {
			tail.append(ALPHABET.charAt((int) (n % 31)));
			n /= 31;
		}
		String first17 = "91310117" + tail;
		return first17 + CreditCodes.checkCharacter(first17);
	}

	public static String username(String prefix) {
		return prefix + "-" + Long.toString(SEQUENCE.incrementAndGet(), 36);
	}

}
