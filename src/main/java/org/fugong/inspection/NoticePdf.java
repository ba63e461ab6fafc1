package org.fugong.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.fugong.common.TimeFormat;
import org.fugong.region.RegionService;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A notice as an A4 PDF: the same Thymeleaf text as the print page, written as
 * XHTML and laid out by openhtmltopdf, with the CJK font shipped in the project
 * ({@code fonts/DroidSansFallbackFull.ttf}) so that the Chinese renders on any server.
 */
@Component
class NoticePdf {

	static final String FONT = "/fonts/DroidSansFallbackFull.ttf";

	private final ITemplateEngine templates;

	private final TimeFormat time;

	private final RegionService regions;

	private final NoticeNumbers numbers;

	NoticePdf(ITemplateEngine templates, TimeFormat time, RegionService regions, NoticeNumbers numbers) {
		this.templates = templates;
		this.time = time;
		this.regions = regions;
		this.numbers = numbers;
	}

	byte[] render(NoticeDetail notice, Locale locale) {
		Context context = new Context(locale, Map.of("n", notice, "time", this.time, "issuer",
				this.numbers.issuer(notice.townCode()), "zone",
				(notice.gridCode() != null) ? this.regions.nameOf(notice.gridCode(), locale) : ""));
		String html = this.templates.process("inspections/notice-pdf", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font(), "Fugong CJK");
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream font() {
		InputStream in = NoticePdf.class.getResourceAsStream(FONT);
		if (in == null) {
			throw new IllegalStateException("The CJK font " + FONT + " is missing");
		}
		return in;
	}

}
