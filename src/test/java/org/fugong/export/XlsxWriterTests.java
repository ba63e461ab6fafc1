package org.fugong.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Enterprise text in a workbook stays text: never a formula, not even once someone edits the cell. */
class XlsxWriterTests {

	@Test
	void textThatStartsLikeAFormulaIsAQuotePrefixedStringCell() throws Exception {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XlsxWriter writer = new XlsxWriter("企业", List.of(ExportColumn.text("name", 20),
				ExportColumn.text("contact", 10), ExportColumn.number("staff")), messages, Locale.CHINA)) {
			writer.row(new Object[] { "=HYPERLINK(\"http://evil.example/\",\"点此\")", "@张三", 12 });
			writer.row(new Object[] { "上海新桥精密机械有限公司", "-1+1", -3 });
			writer.writeTo(out);
		}

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Row first = book.getSheetAt(0).getRow(1);
			Cell name = first.getCell(0);
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getStringCellValue()).startsWith("=HYPERLINK(");
			assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(first.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
			Row second = book.getSheetAt(0).getRow(2);
			assertThat(second.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
			assertThat(second.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(second.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(-3.0);
		}
	}

}
