package org.fugong.workforce.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fugong.common.CsvFiles;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;

/**
 * Reads the roster and test-result CSVs as offices save them: UTF-8 with or
 * without a byte order mark, otherwise GBK (read as GB18030, its superset) from
 * an older Excel. The header names the columns in Chinese or English, in any
 * order; every row keeps its cells as they came (for the file of bad rows) and
 * the line it starts on.
 */
final class WorkforceCsv {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	static final int MAX_ROWS = 50_000;

	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	private WorkforceCsv() {
	}

	/** The header as written and the data rows. */
	record Sheet(List<String> header, List<Row> rows) {
	}

	/** One data row: its first line, its cells as written, and the cell of each known column. */
	record Row(int line, List<String> cells, Map<String, String> values) {

		/** The stripped value of a column, null when blank or absent. */
		String get(String column) {
			String value = this.values.get(column);
			if (value == null) {
				return null;
			}
			String stripped = value.strip();
			return stripped.isEmpty() ? null : stripped;
		}

		/**
		 * The value of a column that must be there, read by {@code parse}; null with a
		 * problem when it is blank ({@code workforce.import.<column>.required}) or
		 * {@code parse} cannot read it ({@code workforce.import.<column>.invalid}).
		 */
		<T> T required(String column, Function<String, T> parse, List<ImportRun.Problem> problems) {
			String value = get(column);
			if (value == null) {
				problems.add(new ImportRun.Problem("workforce.import." + column + ".required"));
				return null;
			}
			T parsed = parse.apply(value);
			if (parsed == null) {
				problems.add(new ImportRun.Problem("workforce.import." + column + ".invalid"));
			}
			return parsed;
		}

	}

	/**
	 * Reads a file whose header names columns among {@code aliases} (a header cell,
	 * lower case and without blanks, to a column name); the {@code required} columns
	 * must be there. A file that is unusable as a whole is a 400 on field {@code file}.
	 */
	static Sheet read(byte[] content, Map<String, String> aliases, Set<String> required) {
		if (content == null || content.length == 0) {
			throw rejected("file.empty");
		}
		if (content.length > MAX_BYTES) {
			throw rejected("workforce.import.file.tooLarge");
		}
		String text = decode(content);
		CsvFiles.Lines lines = CsvFiles.lines(text);
		List<String> header = null;
		String[] columns = null;
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
			for (CSVRecord record : parser) {
				if (CsvFiles.isBlank(record)) {
					continue;
				}
				if (columns == null) {
					header = record.toList();
					columns = columns(header, aliases, required);
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					throw rejected("workforce.import.file.tooManyRows", MAX_ROWS);
				}
				// A file of bad rows we wrote comes back with its formula guard: drop it.
				List<String> cells = record.stream().map(CsvFiles::unescape).toList();
				Map<String, String> values = new HashMap<>();
				for (int i = 0; i < columns.length && i < cells.size(); i++) {
					if (columns[i] != null) {
						values.put(columns[i], cells.get(i));
					}
				}
				rows.add(new Row(lines.of(record), cells, values));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// An unterminated quote and the like: Commons CSV reports them as I/O failures.
			throw rejected("workforce.import.file.malformed");
		}
		if (columns == null) {
			throw rejected("file.empty");
		}
		if (rows.isEmpty()) {
			throw rejected("workforce.import.file.noRows");
		}
		return new Sheet(header, rows);
	}

	/** A template: the header and sample rows, with the byte order mark Excel needs to read UTF-8. */
	static byte[] withBom(List<List<String>> lines) {
		return CsvFiles.withBom(lines);
	}

	/** The cells of a row as one CSV line, for storage. */
	static String line(List<String> cells) {
		return CSVFormat.DEFAULT.format(cells.toArray());
	}

	/** The cells of a line stored by {@link #line}. */
	static List<String> cells(String line) {
		if (line == null || line.isEmpty()) {
			return List.of();
		}
		try (CSVParser parser = CSVParser.parse(line, CSVFormat.DEFAULT)) {
			List<CSVRecord> records = parser.getRecords();
			return records.isEmpty() ? List.of() : records.get(0).toList();
		}
		catch (IOException ex) {
			return List.of(line);
		}
	}

	static String decode(byte[] content) {
		return CsvFiles.decode(content).orElseThrow(() -> rejected("workforce.import.file.encoding"));
	}

	private static String[] columns(List<String> header, Map<String, String> aliases, Set<String> required) {
		String[] columns = new String[header.size()];
		for (int i = 0; i < header.size(); i++) {
			String name = aliases.get(header.get(i).replace("\uFEFF", "").replaceAll("\\s", "").toLowerCase(Locale.ROOT));
			if (name != null && !Arrays.asList(columns).contains(name)) {
				columns[i] = name;
			}
		}
		for (String column : required) {
			if (!Arrays.asList(columns).contains(column)) {
				throw rejected("workforce.import.file.header");
			}
		}
		return columns;
	}

	private static InvalidInputException rejected(String key, Object... args) {
		return new InvalidInputException(key, List.of(new FieldProblem("file", key, args)));
	}

}
