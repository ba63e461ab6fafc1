package org.fugong.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * What every CSV import shares: files as offices save them are UTF-8 with or
 * without a byte order mark, or GBK from an older Excel (whatever is not valid
 * UTF-8 is read as GB18030, the superset of GBK); files offered for download
 * carry the byte order mark Excel needs to read UTF-8; and a row's line number
 * is where it starts in the text, quoted line breaks included.
 * <p>
 * Every CSV the app writes goes through {@link #download}: a cell that starts
 * with {@code = + - @}, a tab or a carriage return is prefixed with an
 * apostrophe, so that a spreadsheet shows it as text instead of running it as a
 * formula ({@code =HYPERLINK(...)} in an enterprise's name); imports drop that
 * apostrophe again ({@link #unescape}), so that a file of bad rows corrected and
 * imported again reads as it was first written.
 */
public final class CsvFiles {

	private static final Charset GBK = Charset.forName("GB18030");

	private static final CSVFormat DOWNLOAD = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private CsvFiles() {
	}

	/** The text of a file, empty when it is neither UTF-8 nor GBK. */
	public static Optional<String> decode(byte[] content) {
		boolean bom = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
				&& content[2] == (byte) 0xBF;
		ByteBuffer bytes = bom ? ByteBuffer.wrap(content, 3, content.length - 3) : ByteBuffer.wrap(content);
		try {
			return Optional.of(strict(StandardCharsets.UTF_8).decode(bytes).toString());
		}
		catch (CharacterCodingException notUtf8) {
			try {
				return Optional.of(strict(GBK).decode(ByteBuffer.wrap(content)).toString());
			}
			catch (CharacterCodingException notGbk) {
				return Optional.empty();
			}
		}
	}

	/** Lines as CSV records (CRLF), with the byte order mark Excel needs to read UTF-8. */
	public static byte[] withBom(List<List<String>> lines) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Download csv = download(out)) {
			for (List<String> line : lines) {
				csv.row(line);
			}
		}
		return out.toByteArray();
	}

	/**
	 * A CSV written to a download: the byte order mark Excel needs to read UTF-8,
	 * CRLF records and every text cell made safe to open ({@link #safe}). Closing it
	 * flushes, never closes the stream.
	 */
	public static Download download(OutputStream out) {
		try {
			out.write(BOM);
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			return new Download(writer, new CSVPrinter(writer, DOWNLOAD));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A cell as a spreadsheet shows it, never as a formula: text starting with
	 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe. Numbers
	 * are ours, not user text, and stay as they are.
	 */
	public static Object safe(Object value) {
		if (value == null || value instanceof Number) {
			return value;
		}
		String text = value.toString();
		return startsLikeFormula(text) ? "'" + text : text;
	}

	/** A cell read from an import, without the apostrophe {@link #safe} put before it. */
	public static String unescape(String cell) {
		if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeFormula(cell.substring(1))) {
			return cell.substring(1);
		}
		return cell;
	}

	/** Whether a spreadsheet would take text as a formula (or as the start of one). */
	public static boolean startsLikeFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/** Whether every cell of a record is blank (an empty line, or one of commas only). */
	public static boolean isBlank(CSVRecord record) {
		for (String value : record) {
			if (!value.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The line numbers of a text's records. The text must be parsed with empty
	 * lines kept (as blank records), so that every record's position is exact.
	 */
	public static Lines lines(CharSequence text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		return new Lines(starts.stream().mapToInt(Integer::intValue).toArray());
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/** Where each line of a text starts. */
	public static final class Lines {

		private final int[] starts;

		private Lines(int[] starts) {
			this.starts = starts;
		}

		/** The 1-based line on which a record starts. */
		public int of(CSVRecord record) {
			int found = Arrays.binarySearch(this.starts, (int) record.getCharacterPosition());
			return (found >= 0) ? found + 1 : -found - 1;
		}

	}

	/** A CSV download being written: one call a record. */
	public static final class Download implements AutoCloseable {

		private final Writer writer;

		private final CSVPrinter printer;

		private Download(Writer writer, CSVPrinter printer) {
			this.writer = writer;
			this.printer = printer;
		}

		public void row(Iterable<?> cells) {
			try {
				List<Object> safe = new ArrayList<>();
				for (Object cell : cells) {
					safe.add(safe(cell));
				}
				this.printer.printRecord(safe);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		public void row(Object... cells) {
			row(Arrays.asList(cells));
		}

		@Override
		public void close() {
			try {
				this.printer.flush();
				this.writer.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
