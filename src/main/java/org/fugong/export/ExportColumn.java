package org.fugong.export;

/**
 * A column of an export: its header (a message key), how its cells are written,
 * its width in characters, and for coded values the message key prefix that
 * turns a code into words ({@code prefix + code}; the code itself when there is none).
 */
public record ExportColumn(String headerKey, Kind kind, int width, String codePrefix) {

	public enum Kind {

		TEXT, NUMBER, DECIMAL, PERCENT, DATE, DATE_TIME, YES_NO, CODE

	}

	public static ExportColumn text(String headerKey, int width) {
		return new ExportColumn(headerKey, Kind.TEXT, width, null);
	}

	public static ExportColumn number(String headerKey) {
		return new ExportColumn(headerKey, Kind.NUMBER, 12, null);
	}

	public static ExportColumn decimal(String headerKey) {
		return new ExportColumn(headerKey, Kind.DECIMAL, 12, null);
	}

	/** A fraction (0.87) shown as a percentage (87.0%). */
	public static ExportColumn percent(String headerKey) {
		return new ExportColumn(headerKey, Kind.PERCENT, 10, null);
	}

	public static ExportColumn date(String headerKey) {
		return new ExportColumn(headerKey, Kind.DATE, 12, null);
	}

	public static ExportColumn dateTime(String headerKey) {
		return new ExportColumn(headerKey, Kind.DATE_TIME, 17, null);
	}

	public static ExportColumn yesNo(String headerKey) {
		return new ExportColumn(headerKey, Kind.YES_NO, 8, null);
	}

	public static ExportColumn code(String headerKey, String codePrefix, int width) {
		return new ExportColumn(headerKey, Kind.CODE, width, codePrefix);
	}

}
