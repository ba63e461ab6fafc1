package org.fugong.gate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The fake camera's video: a valid YUV4MPEG2 header and frames whose luma planes each still read as the QR code. */
class Y4mVideoTests {

	@TempDir
	Path folder;

	@Test
	void aQrPictureBecomesFramesThatStillDecode() throws Exception {
		String text = "FG:" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".repeat(7);
		BufferedImage qr = MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE,
				0, 0, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4)));
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(qr, "png", png);
		Path video = this.folder.resolve("camera.y4m");

		Y4mVideo.writePng(png.toByteArray(), video);

		byte[] bytes = Files.readAllBytes(video);
		String header = "YUV4MPEG2 W" + Y4mVideo.WIDTH + " H" + Y4mVideo.HEIGHT + " F30:1 Ip A1:1 C420\n";
		assertThat(new String(bytes, 0, header.length(), StandardCharsets.US_ASCII)).isEqualTo(header);
		int frame = Y4mVideo.WIDTH * Y4mVideo.HEIGHT * 3 / 2;
		assertThat(bytes).hasSize(header.length() + Y4mVideo.FRAMES * ("FRAME\n".length() + frame));
		assertThat(new String(bytes, header.length(), 6, StandardCharsets.US_ASCII)).isEqualTo("FRAME\n");
		int plane = Y4mVideo.WIDTH * Y4mVideo.HEIGHT;
		byte[] luma = null;
		for (int i = 0; i < Y4mVideo.FRAMES; i++) {
			int start = header.length() + i * ("FRAME\n".length() + frame);
			assertThat(new String(bytes, start, 6, StandardCharsets.US_ASCII)).isEqualTo("FRAME\n");
			luma = java.util.Arrays.copyOfRange(bytes, start + 6, start + 6 + plane);
			LuminanceSource source = new PlanarYUVLuminanceSource(luma, Y4mVideo.WIDTH, Y4mVideo.HEIGHT, 0, 0,
					Y4mVideo.WIDTH, Y4mVideo.HEIGHT, false);
			String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
			assertThat(read).as("frame " + i).isEqualTo(text);
		}
		// Centred on white: the corners are white.
		assertThat(Byte.toUnsignedInt(luma[0])).isEqualTo(235);
		assertThat(Byte.toUnsignedInt(luma[plane - 1])).isEqualTo(235);
	}

	@Test
	void aBlankVideoHasNoCode() throws Exception {
		Path video = this.folder.resolve("blank.y4m");
		Y4mVideo.writeBlank(video);
		byte[] bytes = Files.readAllBytes(video);
		String header = "YUV4MPEG2 W" + Y4mVideo.WIDTH + " H" + Y4mVideo.HEIGHT + " F30:1 Ip A1:1 C420\n";
		int first = header.length() + "FRAME\n".length();
		for (int i = first; i < first + Y4mVideo.WIDTH * Y4mVideo.HEIGHT; i += 997) {
			assertThat(Byte.toUnsignedInt(bytes[i])).isEqualTo(235);
		}
	}

}
