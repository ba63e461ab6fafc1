package org.fugong.common;

/**
 * Masks personal data for screens, exports and logs.
 */
public final class Masking {

	private Masking() {
	}

	/** {@code 13812345678} → {@code 138****5678}. */
	public static String phone(String phone) {
		if (phone == null || phone.length() < 7) {
			return (phone == null) ? null : "****";
		}
		return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}

	/** {@code 31010119900101123X} → {@code 3101**********123X}. */
	public static String idNumber(String id) {
		if (id == null || id.length() < 8) {
			return (id == null) ? null : "****";
		}
		return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
	}

	/** {@code 张三丰} → {@code 张*丰}, {@code 李四} → {@code 李*}. */
	public static String name(String name) {
		if (name == null || name.isEmpty()) {
			return name;
		}
		int[] cps = name.codePoints().toArray();
		if (cps.length == 1) {
			return name;
		}
		StringBuilder masked = new StringBuilder().appendCodePoint(cps[0]);
		if (cps.length == 2) {
			return masked.append('*').toString();
		}
		masked.append("*".repeat(cps.length - 2));
		return masked.appendCodePoint(cps[cps.length - 1]).toString();
	}

}
