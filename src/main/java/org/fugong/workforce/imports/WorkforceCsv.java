package org.fugong.workforce.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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

	private static final Charset GBK = Charset.forName("GB18030");

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
		int[] lineStarts = lineStarts(text);
		List<String> header = null;
		String[] columns = null;
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
			for (CSVRecord record : parser) {
				if (isBlank(record)) {
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
				List<String> cells = record.toList();
				Map<String, String> values = new HashMap<>();
				for (int i = 0; i < columns.length && i < cells.size(); i++) {
					if (columns[i] != null) {
						values.put(columns[i], cells.get(i));
					}
				}
				rows.add(new Row(lineOf(record.getCharacterPosition(), lineStarts), cells, values));
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
		StringBuilder out = new StringBuilder("\uFEFF");
		try {
			CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
			for (List<String> line : lines) {
				format.printRecord(out, line.toArray());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
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
		boolean bom = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
				&& content[2] == (byte) 0xBF;
		ByteBuffer bytes = bom ? ByteBuffer.wrap(content, 3, content.length - 3) : ByteBuffer.wrap(content);
		try {
			return strict(StandardCharsets.UTF_8).decode(bytes).toString();
		}
		catch (CharacterCodingException notUtf8) {
			try {
				return strict(GBK).decode(ByteBuffer.wrap(content)).toString();
			}
			catch (CharacterCodingException notGbk) {
				throw rejected("workforce.import.file.encoding");
			}
		}
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
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

	private static boolean isBlank(CSVRecord record) {
		for (String value : record) {
			if (!value.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static int[] lineStarts(CharSequence text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The 1-based line on which the character at {@code position} stands. */
	private static int lineOf(long position, int[] lineStarts) {
		int found = Arrays.binarySearch(lineStarts, (int) position);
		return (found >= 0) ? found + 1 : -found - 1;
	}

	private static InvalidInputException rejected(String key, Object... args) {
		return new InvalidInputException(key, List.of(new FieldProblem("file", key, args)));
	}

}
