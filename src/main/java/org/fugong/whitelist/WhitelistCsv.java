package org.fugong.whitelist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.CsvFiles;
import org.fugong.common.FieldProblem;

/**
 * Reads a whitelist CSV as offices save it: UTF-8 with or without a byte order
 * mark, or GBK from an older Excel (whatever is not valid UTF-8 is read as
 * GB18030, the superset of GBK). The header names the columns in Chinese or in
 * English, in any order. Every row keeps the line it starts on, for the error list.
 */
final class WhitelistCsv {

	static final long MAX_BYTES = 2L * 1024 * 1024;

	static final int MAX_ROWS = 5000;

	/** The template's header; the English names are accepted as well. */
	static final List<String> HEADER = List.of("统一社会信用代码", "企业名称", "批次", "原因");

	private static final Map<String, String> COLUMNS = Map.of("统一社会信用代码", "creditCode", "creditcode", "creditCode",
			"企业名称", "name", "name", "name", "批次", "batch", "batch", "batch", "原因", "reason", "reason", "reason");

	private WhitelistCsv() {
	}

	record Row(int line, String creditCode, String batch, String reason, String name) {
	}

	/**
	 * Whether the name on a line is the registered name, as offices type it: blanks,
	 * full- or half-width brackets and letters, and letter case do not count.
	 */
	static boolean sameName(String onLine, String registered) {
		return comparable(onLine).equals(comparable(registered));
	}

	private static String comparable(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC)
			.replaceAll("\\s+", "")
			.toLowerCase(Locale.ROOT);
	}

	/** The data rows, or a {@link BusinessRuleException} on field {@code file} when the file as a whole is unusable. */
	static List<Row> read(byte[] content) {
		if (content == null || content.length == 0) {
			throw rejected("file.empty");
		}
		if (content.length > MAX_BYTES) {
			throw rejected("whitelist.import.tooLarge");
		}
		String text = decode(content);
		CsvFiles.Lines lines = CsvFiles.lines(text);
		// Empty lines come through as blank records (and are skipped below), so that every
		// record's position, and with it its line number, is exact.
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			int[] columns = null;
			for (CSVRecord record : parser) {
				if (CsvFiles.isBlank(record)) {
					continue;
				}
				if (columns == null) {
					columns = columns(record);
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					throw rejected("whitelist.import.tooManyRows", MAX_ROWS);
				}
				rows.add(new Row(lines.of(record), cell(record, columns[0]),
						cell(record, columns[1]), cell(record, columns[2]), cell(record, columns[3])));
			}
			if (columns == null) {
				throw rejected("file.empty");
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// An unterminated quote and the like: Commons CSV reports them as I/O failures.
			throw rejected("whitelist.import.malformed");
		}
		if (rows.isEmpty()) {
			throw rejected("whitelist.import.noRows");
		}
		return rows;
	}

	/** The template offices fill in: the header alone, with the byte order mark Excel needs to read UTF-8. */
	static byte[] template() {
		return CsvFiles.withBom(List.of(HEADER));
	}

	static String decode(byte[] content) {
		return CsvFiles.decode(content).orElseThrow(() -> rejected("whitelist.import.encoding"));
	}

	/** Which cell holds the credit code, the batch, the reason and the name (-1: no such column). */
	private static int[] columns(CSVRecord header) {
		int[] columns = { -1, -1, -1, -1 };
		for (int i = 0; i < header.size(); i++) {
			String name = COLUMNS.get(header.get(i).replace("\uFEFF", "").replace(" ", "").toLowerCase(Locale.ROOT));
			if (name == null) {
				continue;
			}
			int index = switch (name) {
				case "creditCode" -> 0;
				case "batch" -> 1;
				case "name" -> 3;
				default -> 2;
			};
			if (columns[index] < 0) {
				columns[index] = i;
			}
		}
		if (columns[0] < 0 || columns[1] < 0 || columns[3] < 0) {
			throw rejected("whitelist.import.header");
		}
		return columns;
	}

	private static String cell(CSVRecord record, int column) {
		if (column < 0 || column >= record.size()) {
			return null;
		}
		String value = record.get(column).strip();
		return value.isEmpty() ? null : value;
	}

	private static BusinessRuleException rejected(String key, Object... args) {
		return new BusinessRuleException(key, List.of(new FieldProblem("file", key, args)));
	}

}
