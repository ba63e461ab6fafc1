package org.fugong.gate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

/**
 * A still picture as a YUV4MPEG2 video (4:2:0, a few identical frames, 672 × 672) for
 * Chromium's fake camera ({@code --use-file-for-fake-video-capture}): the picture
 * is scaled to fit by whole pixels (so a QR code's modules stay sharp) and
 * centred on white.
 */
final class Y4mVideo {

	// Square, so that on a 360 px phone the page shows the code as large as it can: html5-qrcode decodes
	// the picture at the size the page shows it (336 px there), not at the camera's resolution. Twice that
	// size, codes drawn with 10-pixel modules arrive as sharp 5-pixel ones.
	static final int WIDTH = 672;

	static final int HEIGHT = 672;

	static final int FRAMES = 5;

	/** Per frame: the size (a share of the largest that fits) and the shift right and down, in pixels. */
	private static final double[][] HAND = { { 1.0, 0, 0 }, { 0.9, 8, -6 }, { 0.8, -10, 4 }, { 0.95, -4, 10 },
			{ 0.85, 6, 8 } };

	private Y4mVideo() {
	}

	/** Writes the PNG as a video to {@code target}, replacing it at once (a camera may be reading it). */
	static void writePng(byte[] png, Path target) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		if (image == null) {
			throw new IOException("Not a picture");
		}
		write(image, target);
	}

	/** A white picture: a camera that sees no code. */
	static void writeBlank(Path target) throws IOException {
		write(null, target);
	}

	static void write(BufferedImage image, Path target) throws IOException {
		Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "frames", ".y4m");
		try (OutputStream out = Files.newOutputStream(temporary)) {
			out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F30:1 Ip A1:1 C420\n").getBytes(StandardCharsets.US_ASCII));
			for (int i = 0; i < FRAMES; i++) {
				out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
				out.write(frame(image, i));
			}
		}
		Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** The picture cut to its dark part (the code without its white border), which the frame's white surrounds. */
	static BufferedImage dark(BufferedImage image) {
		int left = image.getWidth();
		int top = image.getHeight();
		int right = -1;
		int bottom = -1;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 3 * 128) {
					left = Math.min(left, x);
					right = Math.max(right, x);
					top = Math.min(top, y);
					bottom = Math.max(bottom, y);
				}
			}
		}
		if (right < 0) {
			return image;
		}
		return image.getSubimage(left, top, right - left + 1, bottom - top + 1);
	}

	/**
	 * One frame in I420: the luma plane, then the two chroma planes at half size,
	 * grey (128) for black and white. Frame {@code n} holds the picture a little
	 * smaller or moved, as a hand would: a decoder that a still picture happens to
	 * defeat (the same pixels in every frame) sees it another way a moment later.
	 */
	static byte[] frame(BufferedImage image, int n) {
		int chroma = (WIDTH / 2) * (HEIGHT / 2);
		byte[] frame = new byte[WIDTH * HEIGHT + 2 * chroma];
		java.util.Arrays.fill(frame, 0, WIDTH * HEIGHT, (byte) 235);
		java.util.Arrays.fill(frame, WIDTH * HEIGHT, frame.length, (byte) 128);
		if (image == null) {
			return frame;
		}
		image = dark(image);
		// Room for the quiet zone QR codes need around them (at least four modules).
		int margin = WIDTH / 10;
		int scale = Math.max(1, Math.min((WIDTH - margin) / image.getWidth(), (HEIGHT - margin) / image.getHeight()));
		int width = image.getWidth() * scale;
		int height = image.getHeight() * scale;
		if (width > WIDTH || height > HEIGHT) {
			// Larger than the frame: shrink by the nearest pixel instead.
			double shrink = Math.min((double) (WIDTH - margin) / image.getWidth(),
					(double) (HEIGHT - margin) / image.getHeight());
			width = (int) (image.getWidth() * shrink);
			height = (int) (image.getHeight() * shrink);
		}
		double[] hand = HAND[n % HAND.length];
		width = (int) (width * hand[0]);
		height = (int) (height * hand[0]);
		// Even offsets: halved on the page, module edges stay on whole pixels.
		int left = Math.max(0, Math.min(((WIDTH - width) / 2 + (int) hand[1]) & ~1, WIDTH - width));
		int top = Math.max(0, Math.min(((HEIGHT - height) / 2 + (int) hand[2]) & ~1, HEIGHT - height));
		for (int y = 0; y < height; y++) {
			int sourceY = (int) ((long) y * image.getHeight() / height);
			for (int x = 0; x < width; x++) {
				int rgb = image.getRGB((int) ((long) x * image.getWidth() / width), sourceY);
				int r = (rgb >> 16) & 0xff;
				int g = (rgb >> 8) & 0xff;
				int b = rgb & 0xff;
				// BT.601 studio range: 16 (black) to 235 (white).
				int luma = 16 + (int) Math.round((0.299 * r + 0.587 * g + 0.114 * b) * 219 / 255);
				frame[(top + y) * WIDTH + left + x] = (byte) luma;
			}
		}
		return frame;
	}

}
