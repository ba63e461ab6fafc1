package org.fugong.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fugong.common.CsvFiles;
import org.fugong.common.TimeFormat;

import org.springframework.context.MessageSource;

/**
 * One sheet written through POI's streaming writer: a window of 100 rows in
 * memory, the rest flushed to a temporary file; styles made once and
 * shared by every cell; widths set from the columns, never measured. Dates are
 * real dates (Excel sorts and filters them), times shown in Asia/Shanghai.
 * Text is always a string cell, never a formula; text that starts like one
 * ({@code =HYPERLINK(...)} in an enterprise's name) is also quote-prefixed, so
 * that Excel keeps it as text when someone edits the cell.
 */
final class XlsxWriter implements AutoCloseable {

	static final int WINDOW = 100;

	/** Excel's limit of rows on a sheet, the header included. */
	static final int MAX_ROWS = 1_048_575;

	private final SXSSFWorkbook workbook;

	private final SXSSFSheet sheet;

	private final List<ExportColumn> columns;

	private final MessageSource messages;

	private final Locale locale;

	private final CellStyle[] styles;

	/** Text that looks like a formula: shown and kept as text, even when someone edits the cell. */
	private final CellStyle quoted;

	private final String yes;

	private final String no;

	/** Each column's codes already put into words, so that a message is looked up once per code, not per cell. */
	private final List<Map<String, String>> words;

	private int next;

	XlsxWriter(String title, List<ExportColumn> columns, MessageSource messages, Locale locale) {
		// Temporary files uncompressed: gzip costs more time than the disk space is worth.
		this.workbook = new SXSSFWorkbook(WINDOW);
		this.columns = columns;
		this.messages = messages;
		this.locale = locale;
		this.sheet = this.workbook.createSheet(sheetName(title));
		this.yes = messages.getMessage("export.yes", null, locale);
		this.no = messages.getMessage("export.no", null, locale);
		DataFormat format = this.workbook.createDataFormat();
		CellStyle date = style(format, "yyyy-mm-dd");
		CellStyle dateTime = style(format, "yyyy-mm-dd hh:mm");
		CellStyle percent = style(format, "0.0%");
		CellStyle integer = style(format, "0");
		CellStyle decimal = style(format, "0.0");
		this.quoted = this.workbook.createCellStyle();
		this.quoted.setQuotePrefixed(true);
		this.words = new ArrayList<>();
		this.styles = new CellStyle[columns.size()];
		for (int i = 0; i < columns.size(); i++) {
			ExportColumn column = columns.get(i);
			this.styles[i] = switch (column.kind()) {
				case DATE -> date;
				case DATE_TIME -> dateTime;
				case PERCENT -> percent;
				case NUMBER -> integer;
				case DECIMAL -> decimal;
				default -> null;
			};
			this.words.add(new HashMap<>());
			this.sheet.setColumnWidth(i, Math.min(255, Math.max(6, column.width())) * 256);
		}
		writeHeader();
	}

	private CellStyle style(DataFormat format, String pattern) {
		CellStyle style = this.workbook.createCellStyle();
		style.setDataFormat(format.getFormat(pattern));
		return style;
	}

	private void writeHeader() {
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		CellStyle header = this.workbook.createCellStyle();
		header.setFont(bold);
		Row row = this.sheet.createRow(this.next++);
		for (int i = 0; i < this.columns.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(this.messages.getMessage(this.columns.get(i).headerKey(), null, this.locale));
			cell.setCellStyle(header);
		}
		this.sheet.createFreezePane(0, 1);
	}

	/** Writes one row; answers false when the sheet is full (Excel's row limit). */
	boolean row(Object[] cells) {
		if (this.next > MAX_ROWS) {
			return false;
		}
		Row row = this.sheet.createRow(this.next++);
		for (int i = 0; i < cells.length && i < this.columns.size(); i++) {
			Object value = cells[i];
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			ExportColumn column = this.columns.get(i);
			if (value instanceof LocalDate day) {
				cell.setCellValue(day);
			}
			else if (value instanceof Instant instant) {
				cell.setCellValue(LocalDateTime.ofInstant(instant, TimeFormat.ZONE));
			}
			else if (value instanceof LocalDateTime local) {
				cell.setCellValue(local);
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof Boolean flag) {
				cell.setCellValue(flag ? this.yes : this.no);
			}
			else {
				String text = text(i, column, value.toString());
				cell.setCellValue(text);
				if (CsvFiles.startsLikeFormula(text)) {
					cell.setCellStyle(this.quoted);
					continue;
				}
			}
			if (this.styles[i] != null) {
				cell.setCellStyle(this.styles[i]);
			}
		}
		return true;
	}

	private String text(int index, ExportColumn column, String value) {
		if (column.kind() == ExportColumn.Kind.CODE && column.codePrefix() != null) {
			return this.words.get(index)
				.computeIfAbsent(value,
						(code) -> this.messages.getMessage(column.codePrefix() + code, null, code, this.locale));
		}
		return value;
	}

	/** Rows written, the header not counted. */
	int rows() {
		return this.next - 1;
	}

	void writeTo(OutputStream out) throws IOException {
		this.workbook.write(out);
	}

	@Override
	public void close() throws IOException {
		this.workbook.dispose();
		this.workbook.close();
	}

	/** Sheet names may not hold {@code []:*?/\} and are at most 31 characters. */
	private static String sheetName(String title) {
		String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		return clean.isEmpty() ? "Sheet1" : clean.substring(0, Math.min(31, clean.length()));
	}

}
