package org.fugong.pass;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Random;

import org.fugong.pass.PassTokens.DecodedToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The token format of docs/pass-format.md: round trip, tampering, unknown keys, size of the QR code. */
class PassTokensTests {

	private static final KeyPair KEYS = TestSigning.KEYS;

	private static final Instant FROM = Instant.parse("2026-11-23T00:00:00Z");

	private static final Instant TO = Instant.parse("2026-12-23T00:00:00Z");

	@Test
	void signedTokenReadsBackToTheSameClaimsAndVerifies() {
		PassClaims claims = new PassClaims(123456789L, PassType.WORKER, 42L, "上海南桥精密机械有限公司", "310120", null,
				"张*明", FROM, TO, "k7");
		String token = sign(claims);
		assertThat(token).startsWith("FG:").matches("FG:[A-Z2-7]+");
		DecodedToken decoded = PassTokens.decode(token).orElseThrow();
		assertThat(decoded.claims()).isEqualTo(claims);
		assertThat(decoded.signedBy(KEYS.getPublic())).isTrue();
	}

	@Test
	void vehicleScopeTravelsInTheToken() {
		PassClaims claims = new PassClaims(9L, PassType.VEHICLE, 7L, "海港物流", "310117", VehicleScope.CITY, "沪A1***5",
				FROM, TO, "k1");
		assertThat(PassTokens.decode(sign(claims)).orElseThrow().claims().scope()).isEqualTo(VehicleScope.CITY);
	}

	@Test
	void anyChangedCharacterFailsTheSignatureOrTheFormat() {
		String token = sign(new PassClaims(5L, PassType.WORKER, 3L, "测试企业", "310117", null, "李*", FROM, TO, "k2"));
		Random random = new Random(11);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		for (int i = 0; i < 300; i++) {
			int at = 3 + random.nextInt(token.length() - 3);
			char replacement = alphabet.charAt(random.nextInt(alphabet.length()));
			if (replacement == token.charAt(at)) {
				continue;
			}
			String tampered = token.substring(0, at) + replacement + token.substring(at + 1);
			assertThat(PassTokens.decode(tampered).map((d) -> d.signedBy(KEYS.getPublic())).orElse(false))
				.as("tampered at %d", at)
				.isFalse();
		}
	}

	@Test
	void anotherKeyDoesNotVerify() {
		String token = sign(new PassClaims(5L, PassType.WORKER, 3L, "测试企业", "310117", null, "李*", FROM, TO, "k2"));
		assertThat(PassTokens.decode(token).orElseThrow().signedBy(KeyRing.generate().getPublic())).isFalse();
	}

	@Test
	void garbageIsMalformed() {
		assertThat(PassTokens.decode(null)).isEmpty();
		assertThat(PassTokens.decode("")).isEmpty();
		assertThat(PassTokens.decode("https://example.com")).isEmpty();
		assertThat(PassTokens.decode("FG:")).isEmpty();
		assertThat(PassTokens.decode("FG:abc")).isEmpty();
		assertThat(PassTokens.decode("FG:" + "A".repeat(200))).isEmpty();
	}

	@Test
	void longestNamesStillFitAVersionTenCodeAndDecodeFromThePng() throws Exception {
		PassClaims claims = new PassClaims(Long.MAX_VALUE, PassType.VEHICLE, Long.MAX_VALUE,
				"上海市奉贤区某某超长名称的精密机械制造股份有限公司第二分公司", "310120", VehicleScope.INTER_PROVINCE,
				"欧阳" + "*".repeat(40), FROM, TO, "k1234567");
		String token = TestSigning.issue(claims, TestSigning.random(10));
		QrCodes qr = new QrCodes();
		assertThat(qr.version(token)).isEqualTo(10);
		assertThat(token).hasSizeLessThanOrEqualTo(311);
		assertThat(decodePng(qr.png(token))).isEqualTo(token);
		assertThat(PassTokens.decode(token).orElseThrow().claims().enterpriseName().getBytes("UTF-8").length)
			.isLessThanOrEqualTo(PassTokens.MAX_ENTERPRISE_BYTES);
	}

	@Test
	void svgDrawsTheSameModules() {
		String token = TestSigning.issue(new PassClaims(1L, PassType.WORKER, 1L, "企业", "310117", null, "王*", FROM, TO,
				"k1"), TestSigning.random(1));
		String svg = new QrCodes().svg(token);
		assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 ").endsWith("</svg>");
		assertThat(QrImages.camera(QrImages.svg(svg, QrCodes.MIN_MODULE_PIXELS))).isEqualTo(token);
	}

	private static String sign(PassClaims claims) {
		return TestSigning.sign(claims, TestSigning.random(claims.passId()));
	}

	/** What a phone's scanner (ZXing in camera mode) reads in the PNG; null when it finds no code. */
	static String decodePng(byte[] png) {
		return QrImages.camera(QrImages.png(png));
	}

}
