package org.fugong.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mainland vehicle plates (机动车号牌, GA 36-2018): a province abbreviation, the
 * letter of the issuing office (A-Z without I and O), then five characters for
 * an ordinary plate, or six for a new-energy plate, whose D (battery) or F
 * (hybrid) stands first on a small car (沪AD12345) and last on a large vehicle
 * (沪A12345D). Trailer (挂) and coach-car (学) plates end in their character
 * after four. Plates never use I or O, so that they cannot be read as 1 or 0.
 */
public final class Plates {

	/** The abbreviations of the 31 mainland provinces, regions and municipalities. */
	public static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

	private static final String LETTER = "A-HJ-NP-Z";

	private static final String CHAR = "[" + LETTER + "0-9]";

	private static final Pattern PLATE = Pattern.compile("[" + PROVINCES + "][" + LETTER + "]" + "(?:" + CHAR + "{5}"
			+ "|[DF]" + CHAR + "[0-9]{4}" + "|[0-9]{5}[DF]" + "|" + CHAR + "{4}[挂学]" + ")");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.·•・\\-]");

	private Plates() {
	}

	/**
	 * Capitals without the blanks, dots and dashes people type between the parts
	 * (沪A·12345, 沪a 12345), full-width letters and digits made ordinary.
	 */
	public static String normalize(String plate) {
		if (plate == null) {
			return null;
		}
		String plain = Normalizer.normalize(plate, Normalizer.Form.NFKC);
		return SEPARATORS.matcher(plain).replaceAll("").toUpperCase(Locale.ROOT);
	}

	/** Whether a plate, as it is (normalize first for typed input), is a valid mainland plate. */
	public static boolean isValid(String plate) {
		return plate != null && PLATE.matcher(plate).matches();
	}

	/** Whether the plate is a new-energy plate (eight characters). */
	public static boolean isNewEnergy(String plate) {
		return isValid(plate) && plate.length() == 8;
	}

	/**
	 * Province, office and first character kept, the last character kept, the rest
	 * starred: 沪A12345 → 沪A1***5, 沪AD12345 → 沪AD****5.
	 */
	public static String mask(String plate) {
		if (plate == null) {
			return null;
		}
		if (plate.length() < 5) {
			return "****";
		}
		return plate.substring(0, 3) + "*".repeat(plate.length() - 4) + plate.substring(plate.length() - 1);
	}

}
