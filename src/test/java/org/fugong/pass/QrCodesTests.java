package org.fugong.pass;

import java.awt.image.BufferedImage;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What docs/pass-format.md promises of a pass's picture: every code issued reads
 * with a phone's scanner (ZXing in camera mode) at first glance, as the PNG served
 * by default and as the SVG drawn to pixels at the same module size; and that the
 * check at issue time is needed.
 */
class QrCodesTests {

	private static final Instant FROM = Instant.parse("2026-11-23T00:00:00Z");

	private static final Instant TO = Instant.parse("2026-12-23T00:00:00Z");

	private final QrCodes qr = new QrCodes();

	/** About randomness: a new seed every run (in the message when a code fails), and none may fail. */
	@Test
	void everyIssuedCodeReadsInCameraModeAsTheDefaultPngAndAsTheSvg() {
		long seed = new SecureRandom().nextLong();
		List<String> unread = IntStream.range(0, 300).parallel().mapToObj((i) -> {
			String token = TestSigning.issue(claims(i), TestSigning.random(seed + i));
			if (!token.equals(QrImages.camera(QrImages.png(this.qr.png(token))))) {
				return "png: " + token;
			}
			return token.equals(QrImages.camera(QrImages.svg(this.qr.svg(token), QrCodes.MIN_MODULE_PIXELS))) ? null
					: "svg: " + token;
		}).filter(Objects::nonNull).toList();
		assertThat(unread).as("codes not read in camera mode (seed %d)", seed).isEmpty();
	}

	/** About randomness too: a PNG asked for at a size reads as well, whatever the size. */
	@Test
	void everyIssuedCodeReadsInCameraModeAtAnyAskedSize() {
		long seed = new SecureRandom().nextLong();
		int[] sizes = { 160, 240, 300, 400, 512, 800 };
		List<String> unread = IntStream.range(0, 300).parallel().mapToObj((i) -> {
			String token = TestSigning.issue(claims(i), TestSigning.random(seed + i));
			int size = sizes[i % sizes.length];
			return token.equals(QrImages.camera(QrImages.png(this.qr.png(token, size)))) ? null : size + ": " + token;
		}).filter(Objects::nonNull).toList();
		assertThat(unread).as("codes not read in camera mode (seed %d)", seed).isEmpty();
	}

	/**
	 * Where the code stands matters a little to the detector: this issued code reads
	 * as checked but is not found centred with four-pixel modules in a picture 300,
	 * 512, 600 or 800 pixels wide, nor with any larger module there. It is then
	 * drawn where the check read it.
	 */
	@Test
	void aCodeNotFoundCentredInAWidePictureIsDrawnWhereTheCheckReadIt() {
		String token = "FG:AEAQAAAAAAAADB3LAAAAAAAAAAH2GAAEXNSQA2YDQIAGWKYPAABGWNQH46HIWKXGTCHCJZFYRLTLLN7FRWL6NINF46ZL5ZNPQ3TJZOXGU"
				+ "KYONHEJ5GMZBZMFVTSY7OGHE6DZM6DQ5VQHI2LI23ETTLU3JJPKWRORLONEDMT33ENNDCTGH7TGOZ4G7RYHOH4EC57PZB5WZZY47U2MWGBJB6YQM75"
				+ "TMZTYXFVA6";
		assertThat(this.qr.readsAtFirstGlance(token)).isTrue();
		for (int size : new int[] { 300, 512, 600, 800 }) {
			BufferedImage image = QrImages.png(this.qr.png(token, size));
			assertThat(image.getWidth()).as("width at %d", size).isEqualTo(size);
			assertThat(QrImages.camera(image)).as("read at %d", size).isEqualTo(token);
		}
	}

	/** What the check is for: of codes signed without it, ZXing in camera mode misses some (fixed key and seeds). */
	@Test
	void someSignaturesGiveCodesTheDetectorMissesAndIssuingSignsThoseAgain() {
		List<String> unchecked = IntStream.range(0, 300)
			.parallel()
			.mapToObj((i) -> TestSigning.sign(claims(i), TestSigning.random(7_000 + i)))
			.filter((token) -> !token.equals(QrImages.camera(QrImages.png(this.qr.png(token)))))
			.toList();
		assertThat(unchecked).isNotEmpty().allMatch((token) -> !this.qr.readsAtFirstGlance(token));
		PassClaims claims = PassTokens.decode(unchecked.get(0)).orElseThrow().claims();
		String issued = TestSigning.issue(claims, TestSigning.random(7_000));
		assertThat(QrImages.camera(QrImages.png(this.qr.png(issued)))).isEqualTo(issued);
	}

	/**
	 * Why the check at issue time may skip the binariser: on the default PNG, the
	 * hybrid binariser of a phone's scanner yields exactly the drawn modules.
	 */
	@Test
	void theHybridBinariserYieldsExactlyTheDrawnPixelsOfTheDefaultPng() throws Exception {
		for (int i = 0; i < 200; i++) {
			String token = TestSigning.sign(claims(i), TestSigning.random(9_000 + i));
			BitMatrix binarised = new HybridBinarizer(new BufferedImageLuminanceSource(QrImages.png(this.qr.png(token))))
				.getBlackMatrix();
			assertThat(binarised).as("token %d", i)
				.isEqualTo(QrCodes.pixels(QrCodes.modules(token), QrCodes.MIN_MODULE_PIXELS, binarised.getWidth()));
		}
	}

	@Test
	void everyCodeIsDrawnWithTheOneDocumentedMask() {
		for (int i = 0; i < 20; i++) {
			String token = TestSigning.sign(claims(i), TestSigning.random(5_000 + i));
			assertThat(QrCodes.encode(token).getMaskPattern()).isEqualTo(QrCodes.MASK);
		}
	}

	@Test
	void theSvgDrawsTheSameModulesAsThePng() {
		String token = TestSigning.issue(claims(1), TestSigning.random(1));
		BufferedImage png = QrImages.png(this.qr.png(token));
		BufferedImage svg = QrImages.svg(this.qr.svg(token), QrCodes.MIN_MODULE_PIXELS);
		assertThat(svg.getWidth()).isEqualTo(png.getWidth());
		for (int y = 0; y < png.getHeight(); y++) {
			for (int x = 0; x < png.getWidth(); x++) {
				assertThat(svg.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(png.getRGB(x, y));
			}
		}
	}

	@Test
	void pngModulesAreWholePixelsOfAtLeastFourInsideAFourModuleQuietZone() {
		String token = TestSigning.issue(claims(2), TestSigning.random(2));
		int span = this.qr.version(token) * 4 + 17 + 2 * QrCodes.QUIET_ZONE;
		BufferedImage small = QrImages.png(this.qr.png(token));
		assertThat(small.getWidth()).isEqualTo(span * 4);
		assertThat(firstDark(small)).isEqualTo(QrCodes.QUIET_ZONE * 4);
		BufferedImage large = QrImages.png(this.qr.png(token, 400));
		assertThat(large.getWidth()).isEqualTo(400);
		int module = 400 / span;
		assertThat(firstDark(large)).isEqualTo((400 - span * module) / 2 + QrCodes.QUIET_ZONE * module);
	}

	@Test
	void aFixedKeyAndSeedSignTheSameTokenEveryTime() {
		assertThat(TestSigning.sign(claims(3), TestSigning.random(3)))
			.isEqualTo(TestSigning.sign(claims(3), TestSigning.random(3)));
		assertThat(TestSigning.sign(claims(3), TestSigning.random(4)))
			.isNotEqualTo(TestSigning.sign(claims(3), TestSigning.random(3)));
	}

	/** A worker pass of typical size (QR version 9), a little different for each {@code i}. */
	static PassClaims claims(int i) {
		return new PassClaims(100_000L + i, PassType.WORKER, 4_000L + i % 50, "上海南桥精密机械有限公司", "310117", null,
				"王*明", FROM, TO, "k" + (1 + i % 9));
	}

	/** The first dark pixel along the picture's diagonal: where the top-left finder pattern begins. */
	private static int firstDark(BufferedImage image) {
		for (int i = 0; i < image.getWidth(); i++) {
			if ((image.getRGB(i, i) & 0xff) < 128) {
				return i;
			}
		}
		return -1;
	}

}
