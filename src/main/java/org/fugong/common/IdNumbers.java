package org.fugong.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Set;

/**
 * The resident ID number (居民身份证号码) of GB 11643-1999: a six-digit region code
 * whose first two digits name a province, the birth date as yyyyMMdd, a
 * three-digit sequence and a check character (ISO 7064 MOD 11-2, 0-9 or X).
 */
public final class IdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	/** The provinces, regions and municipalities of GB/T 2260 (71 Taiwan, 81 Hong Kong, 82 Macao). */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82");

	private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private IdNumbers() {
	}

	/** Upper case without surrounding blanks: people type the check character x in either case. */
	public static String normalize(String id) {
		return (id == null) ? null : id.strip().toUpperCase(Locale.ROOT);
	}

	public static boolean isValid(String id) {
		if (id == null || id.length() != 18) {
			return false;
		}
		for (int i = 0; i < 17; i++) {
			if (id.charAt(i) < '0' || id.charAt(i) > '9') {
				return false;
			}
		}
		if (!PROVINCES.contains(id.substring(0, 2)) || "0000".equals(id.substring(2, 6))) {
			return false;
		}
		if (!plausibleBirth(id.substring(6, 14))) {
			return false;
		}
		return id.charAt(17) == checkCharacter(id.substring(0, 17));
	}

	/** The check character for the first 17 digits of a number. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int digit = first17.charAt(i) - '0';
			if (digit < 0 || digit > 9) {
				throw new IllegalArgumentException("Not a digit: " + first17.charAt(i));
			}
			sum += digit * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	/** A complete, valid number from a region code, a birth date and a sequence number (demo and test data). */
	public static String of(String region, LocalDate birth, int sequence) {
		String first17 = region + BIRTH.format(birth) + String.format(Locale.ROOT, "%03d", sequence % 1000);
		return first17 + checkCharacter(first17);
	}

	private static boolean plausibleBirth(String yyyyMMdd) {
		try {
			LocalDate birth = LocalDate.parse(yyyyMMdd, BIRTH);
			return !birth.isBefore(EARLIEST_BIRTH) && !birth.isAfter(TimeFormat.today());
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
