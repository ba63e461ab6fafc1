package org.fugong.common;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters
 * from 0-9 and the capitals without I, O, S, V and Z, the last a check character
 * (weighted sum modulo 31).
 */
public final class CreditCodes {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCodes() {
	}

	public static boolean isValid(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		// Characters 3-8 are the administrative division code of the registering authority.
		for (int i = 2; i < 8; i++) {
			if (!Character.isDigit(code.charAt(i))) {
				return false;
			}
		}
		return code.charAt(17) == checkCharacter(code.substring(0, 17));
	}

	/** The check character for the first 17 characters of a code. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = ALPHABET.indexOf(first17.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("Not a credit code character: " + first17.charAt(i));
			}
			sum += value * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return ALPHABET.charAt(check);
	}

}
