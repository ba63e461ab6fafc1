package org.fugong.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import lombok.RequiredArgsConstructor;
import org.fugong.common.TimeFormat;
import org.fugong.region.RegionService;
import org.fugong.security.CurrentUser;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A notice as an A4 PDF: the same Thymeleaf text as the print page, written as
 * XHTML and laid out by openhtmltopdf, with the CJK font shipped in the project
 * ({@code fonts/DroidSansFallbackFull.ttf}) so that the Chinese renders on any server.
 */
@Component
@RequiredArgsConstructor
class NoticePdf {

	static final String FONT = "/fonts/DroidSansFallbackFull.ttf";

	private final ITemplateEngine templates;

	private final TimeFormat time;

	private final RegionService regions;

	private final NoticeNumbers numbers;

	private final PhotoAccess photos;

	/** Thumbnails in the PDF are at most this wide, in pixels. */
	static final int THUMBNAIL_WIDTH = 240;

	/** At most this many photos are embedded; the PDF stays small. */
	static final int MAX_THUMBNAILS = 12;

	byte[] render(NoticeDetail notice, Locale locale, CurrentUser reader) {
		Context context = new Context(locale, Map.of("n", notice, "time", this.time, "issuer",
				this.numbers.issuer(notice.townCode()), "zone",
				(notice.gridCode() != null) ? this.regions.nameOf(notice.gridCode(), locale) : "", "thumbs",
				thumbnails(notice, reader)));
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

	/**
	 * The inspector's JPEG and PNG photos as small JPEG data URIs, by photo id; other
	 * kinds (WebP, HEIC) and unreadable files are left out and only counted.
	 */
	private Map<Long, String> thumbnails(NoticeDetail notice, CurrentUser reader) {
		Map<Long, String> thumbs = new HashMap<>();
		notice.photos().stream().filter((p) -> !p.answer()).limit(MAX_THUMBNAILS).forEach((p) -> {
			try {
				PhotoAccess.Photo photo = this.photos.load(reader, p.id());
				if (!photo.contentType().equals("image/jpeg") && !photo.contentType().equals("image/png")) {
					return;
				}
				BufferedImage image;
				try (InputStream in = photo.resource().getInputStream()) {
					image = ImageIO.read(in);
				}
				if (image != null) {
					thumbs.put(p.id(), "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(thumbnail(image)));
				}
			}
			catch (IOException | RuntimeException ex) {
				// a photo that cannot be read is counted, not shown
			}
		});
		return thumbs;
	}

	private static byte[] thumbnail(BufferedImage image) throws IOException {
		int width = Math.min(THUMBNAIL_WIDTH, image.getWidth());
		int height = Math.max(1, (int) Math.round(image.getHeight() * (width / (double) image.getWidth())));
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(target, "jpg", out);
		return out.toByteArray();
	}

	private static InputStream font() {
		InputStream in = NoticePdf.class.getResourceAsStream(FONT);
		if (in == null) {
			throw new IllegalStateException("The CJK font " + FONT + " is missing");
		}
		return in;
	}

}
