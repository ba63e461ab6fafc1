package org.fugong.common;

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
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What every CSV import shares: files as offices save them are UTF-8 with or
 * without a byte order mark, or GBK from an older Excel (whatever is not valid
 * UTF-8 is read as GB18030, the superset of GBK); files offered for download
 * carry the byte order mark Excel needs to read UTF-8; and a row's line number
 * is where it starts in the text, quoted line breaks included.
 */
public final class CsvFiles {

	private static final Charset GBK = Charset.forName("GB18030");

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

}
