package org.fugong.pass;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

import org.springframework.stereotype.Component;

/**
 * QR codes of pass tokens, encoded by ZXing at error correction level M and drawn
 * with the four-module quiet zone the standard asks for: PNG for screens and
 * downloads, SVG for printing (crisp at any size, and a page of cards stays small).
 * Both draw the same modules; what {@link #readsAtFirstGlance} checks once at
 * issue time holds for the PNG served by default and the SVG drawn at four pixels
 * a module (docs/pass-format.md).
 */
@Component
public class QrCodes {

	/** Light modules around the code: what ISO/IEC 18004 asks for, and what lets a detector find its edge. */
	static final int QUIET_ZONE = 4;

	/**
	 * The module of the PNG served by default, and the smallest one: the picture the
	 * check at issue time reads. Below four pixels the detector's finder-pattern
	 * search behaves differently; a page scales the picture up without blurring it
	 * ({@code image-rendering: pixelated}).
	 */
	static final int MIN_MODULE_PIXELS = 4;

	private static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;

	/**
	 * Every code is drawn with data mask 0. ZXing's encoder would otherwise draw the
	 * code under all eight masks to pick the one with the least penalty, which is
	 * nine tenths of the cost of drawing a pass; a token's data is random (its
	 * signature), so no mask is better for it than another, and the check at issue
	 * time answers for each code whatever its mask (docs/pass-format.md).
	 */
	static final int MASK = 0;

	private static final Map<EncodeHintType, Object> ENCODING = Map.of(EncodeHintType.ERROR_CORRECTION, LEVEL,
			EncodeHintType.QR_MASK_PATTERN, MASK);

	/** How a phone's scanner reads a camera frame: search the whole picture, no clean-image shortcut. */
	private static final Map<DecodeHintType, Object> CAMERA = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

	/** The PNG served by default: four-pixel modules, the picture {@link #readsAtFirstGlance} reads. */
	public byte[] png(String text) {
		ByteMatrix modules = modules(text);
		int span = modules.getWidth() + 2 * QUIET_ZONE;
		return draw(modules, MIN_MODULE_PIXELS, span * MIN_MODULE_PIXELS, QUIET_ZONE * MIN_MODULE_PIXELS);
	}

	/**
	 * A PNG of about {@code size} pixels square (more when its modules would be
	 * smaller than the minimum), checked as drawn: its modules are as large as fit,
	 * centred, unless ZXing in camera mode would not find the code so; then the next
	 * smaller size that it finds, down to the minimum. Where no module size is found
	 * centred in a picture that wide (the detector's search depends a little on where
	 * the code stands), the code is drawn where the check at issue time read it: four
	 * pixels a module, four modules of quiet zone from the top left, the rest of the
	 * picture light; and should even that not be found, the default PNG itself.
	 */
	public byte[] png(String text, int size) {
		ByteMatrix modules = modules(text);
		int span = modules.getWidth() + 2 * QUIET_ZONE;
		int width = Math.max(size, span * Math.max(MIN_MODULE_PIXELS, size / span));
		for (int scale = width / span; scale >= MIN_MODULE_PIXELS; scale--) {
			int offset = offset(span, scale, width);
			if (reads(text, pixels(modules, scale, width, offset))) {
				return draw(modules, scale, width, offset);
			}
		}
		int asChecked = QUIET_ZONE * MIN_MODULE_PIXELS;
		if (reads(text, pixels(modules, MIN_MODULE_PIXELS, width, asChecked))) {
			return draw(modules, MIN_MODULE_PIXELS, width, asChecked);
		}
		return png(text);
	}

	private static byte[] draw(ByteMatrix modules, int scale, int width, int offset) {
		BufferedImage image = new BufferedImage(width, width, BufferedImage.TYPE_BYTE_BINARY);
		int[] light = new int[width];
		Arrays.fill(light, 1);
		for (int y = 0; y < width; y++) {
			image.getRaster().setSamples(0, y, width, 1, 0, light);
		}
		int[] dark = new int[scale * scale];
		for (int y = 0; y < modules.getHeight(); y++) {
			for (int x = 0; x < modules.getWidth(); x++) {
				if (modules.get(x, y) == 1) {
					image.getRaster().setSamples(offset + x * scale, offset + y * scale, scale, scale, 0, dark);
				}
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "PNG", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** An SVG with one square per dark module, scaled by its viewBox. */
	public String svg(String text) {
		ByteMatrix modules = modules(text);
		int size = modules.getWidth();
		int span = size + 2 * QUIET_ZONE;
		StringBuilder path = new StringBuilder(size * size * 2);
		for (int y = 0; y < size; y++) {
			int x = 0;
			while (x < size) {
				if (modules.get(x, y) != 1) {
					x++;
					continue;
				}
				int start = x;
				while (x < size && modules.get(x, y) == 1) {
					x++;
				}
				path.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append('h')
					.append(x - start).append("v1h-").append(x - start).append('z');
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + span + " " + span
				+ "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
				+ "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

	/** The QR version (1-40) the text needs at level M. */
	public int version(String text) {
		return encode(text).getVersion().getVersionNumber();
	}

	/**
	 * Whether ZXing's detector in camera mode ({@code TRY_HARDER}, no pure-barcode
	 * shortcut) finds and reads the code as the default PNG draws it (and the SVG at
	 * four pixels a module). About one code in sixty is not found although it is
	 * valid: a pattern of its data modules misleads the finder-pattern search. The
	 * picture is handed to the detector as the black-and-white pixels it is; the
	 * hybrid binariser of a phone's scanner yields exactly those pixels from it
	 * ({@code QrCodesTests}), so it is not run. Costs about a third of a millisecond.
	 */
	public boolean readsAtFirstGlance(String text) {
		ByteMatrix modules = modules(text);
		return reads(text, pixels(modules, MIN_MODULE_PIXELS,
				(modules.getWidth() + 2 * QUIET_ZONE) * MIN_MODULE_PIXELS));
	}

	private static boolean reads(String text, BitMatrix pixels) {
		try {
			return text.equals(new QRCodeReader().decode(new BinaryBitmap(new Drawn(pixels)), CAMERA).getText());
		}
		catch (ReaderException ex) {
			return false;
		}
	}

	/** The picture {@link #png(String, int)} draws with the code centred, as black (set) and white pixels. */
	static BitMatrix pixels(ByteMatrix modules, int scale, int width) {
		return pixels(modules, scale, width, offset(modules.getWidth() + 2 * QUIET_ZONE, scale, width));
	}

	private static BitMatrix pixels(ByteMatrix modules, int scale, int width, int offset) {
		BitMatrix pixels = new BitMatrix(width, width);
		for (int y = 0; y < modules.getHeight(); y++) {
			for (int x = 0; x < modules.getWidth(); x++) {
				if (modules.get(x, y) == 1) {
					pixels.setRegion(offset + x * scale, offset + y * scale, scale, scale);
				}
			}
		}
		return pixels;
	}

	private static int offset(int span, int scale, int width) {
		return (width - span * scale) / 2 + QUIET_ZONE * scale;
	}

	static ByteMatrix modules(String text) {
		return encode(text).getMatrix();
	}

	static QRCode encode(String text) {
		try {
			return Encoder.encode(text, LEVEL, ENCODING);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Text too long for a QR code", ex);
		}
	}

	/**
	 * A picture that is black and white already: the binariser hands the drawn
	 * pixels over as they are, and its luminance is those pixels (black 0, white
	 * 255), so whatever ZXing asks of it answers for the same picture.
	 */
	private static final class Drawn extends Binarizer {

		private final BitMatrix pixels;

		Drawn(BitMatrix pixels) {
			super(new Luminance(pixels));
			this.pixels = pixels;
		}

		@Override
		public BitArray getBlackRow(int y, BitArray row) {
			return this.pixels.getRow(y, row);
		}

		@Override
		public BitMatrix getBlackMatrix() {
			return this.pixels;
		}

		/** Another view of the picture (cropped, rotated) is binarised as a phone's scanner does. */
		@Override
		public Binarizer createBinarizer(LuminanceSource source) {
			return new HybridBinarizer(source);
		}

	}

	/** The luminance of drawn black-and-white pixels. */
	private static final class Luminance extends LuminanceSource {

		private final BitMatrix pixels;

		Luminance(BitMatrix pixels) {
			super(pixels.getWidth(), pixels.getHeight());
			this.pixels = pixels;
		}

		@Override
		public byte[] getRow(int y, byte[] row) {
			int width = getWidth();
			byte[] answer = (row != null && row.length >= width) ? row : new byte[width];
			for (int x = 0; x < width; x++) {
				answer[x] = this.pixels.get(x, y) ? 0 : (byte) 0xff;
			}
			return answer;
		}

		@Override
		public byte[] getMatrix() {
			int width = getWidth();
			byte[] matrix = new byte[width * getHeight()];
			byte[] row = new byte[width];
			for (int y = 0; y < getHeight(); y++) {
				System.arraycopy(getRow(y, row), 0, matrix, y * width, width);
			}
			return matrix;
		}

	}

}
