package org.fugong.pass;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.apache.commons.codec.binary.Base32;

/**
 * The text a pass's QR code carries (format 1, documented in
 * {@code docs/pass-format.md}): {@code FG:} and the Base32 (RFC 4648, no padding)
 * of a binary payload followed by its ECDSA P-256 signature in IEEE P1363 form
 * (r and s, 32 bytes each). Base32 keeps to QR's alphanumeric mode, so a token of
 * the longest names still fits a version-10 code at error correction level M.
 */
public final class PassTokens {

	public static final String PREFIX = "FG:";

	public static final String SIGNATURE_ALGORITHM = "SHA256withECDSAinP1363Format";

	static final int FORMAT = 1;

	static final int SIGNATURE_BYTES = 64;

	static final int MAX_KID_BYTES = 8;

	static final int MAX_HOLDER_BYTES = 30;

	static final int MAX_ENTERPRISE_BYTES = 48;

	private static final int FIXED_BYTES = 1 + 1 + 8 + 8 + 4 + 1 + 4 + 4;


	private static final Base32 CODEC = new TokenBase32();

	private PassTokens() {
	}

	/** The bytes that are signed: every claim, the enterprise name cut to fit. */
	static byte[] payload(PassClaims claims) {
		byte[] kid = claims.kid().getBytes(StandardCharsets.US_ASCII);
		if (kid.length == 0 || kid.length > MAX_KID_BYTES) {
			throw new IllegalArgumentException("A key id has 1 to " + MAX_KID_BYTES + " characters");
		}
		byte[] holder = cut(claims.holder(), MAX_HOLDER_BYTES);
		byte[] enterprise = cut(claims.enterpriseName(), MAX_ENTERPRISE_BYTES);
		ByteArrayOutputStream out = new ByteArrayOutputStream(FIXED_BYTES + 3 + kid.length + holder.length
				+ enterprise.length);
		ByteBuffer fixed = ByteBuffer.allocate(FIXED_BYTES)
			.put((byte) FORMAT)
			.put((byte) claims.type().code())
			.putLong(claims.passId())
			.putLong(claims.enterpriseId())
			.putInt(regionNumber(claims.districtCode()))
			.put((byte) ((claims.scope() != null) ? claims.scope().code() : 0))
			.putInt((int) claims.validFrom().getEpochSecond())
			.putInt((int) claims.validTo().getEpochSecond());
		out.writeBytes(fixed.array());
		writeShortString(out, kid);
		writeShortString(out, holder);
		writeShortString(out, enterprise);
		return out.toByteArray();
	}

	/** The token of a payload and its P1363 signature. */
	static String token(byte[] payload, byte[] signature) {
		if (signature.length != SIGNATURE_BYTES) {
			throw new IllegalArgumentException("A P-256 P1363 signature has 64 bytes");
		}
		byte[] all = Arrays.copyOf(payload, payload.length + SIGNATURE_BYTES);
		System.arraycopy(signature, 0, all, payload.length, SIGNATURE_BYTES);
		return PREFIX + CODEC.encodeAsString(all).replace("=", "");
	}

	static byte[] sign(byte[] payload, PrivateKey key) {
		return sign(payload, key, null);
	}

	/** Signs with the given source of the signature's nonce; {@code null} for the platform's strongest. */
	static byte[] sign(byte[] payload, PrivateKey key, SecureRandom random) {
		try {
			Signature signer = Signature.getInstance(SIGNATURE_ALGORITHM);
			if (random != null) {
				signer.initSign(key, random);
			}
			else {
				signer.initSign(key);
			}
			signer.update(payload);
			return signer.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Signing a pass failed", ex);
		}
	}

	/** Reads a token; empty when it is not a well-formed token of a known format (MALFORMED). */
	public static Optional<DecodedToken> decode(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.strip();
		if (!trimmed.startsWith(PREFIX) || trimmed.length() > 1000) {
			return Optional.empty();
		}
		String body = trimmed.substring(PREFIX.length());
		if (!isBase32(body)) {
			return Optional.empty();
		}
		byte[] all = CODEC.decode(body);
		// One text per token: trailing bits that Base32 would drop must not let a changed text pass as the same token.
		if (!CODEC.encodeAsString(all).replace("=", "").equals(body)) {
			return Optional.empty();
		}
		if (all.length < FIXED_BYTES + 3 + SIGNATURE_BYTES) {
			return Optional.empty();
		}
		byte[] payload = Arrays.copyOf(all, all.length - SIGNATURE_BYTES);
		byte[] signature = Arrays.copyOfRange(all, payload.length, all.length);
		try {
			ByteBuffer in = ByteBuffer.wrap(payload);
			if (in.get() != FORMAT) {
				return Optional.empty();
			}
			PassType type = PassType.ofCode(in.get());
			long passId = in.getLong();
			long enterpriseId = in.getLong();
			int region = in.getInt();
			int scopeCode = in.get();
			Instant validFrom = Instant.ofEpochSecond(Integer.toUnsignedLong(in.getInt()));
			Instant validTo = Instant.ofEpochSecond(Integer.toUnsignedLong(in.getInt()));
			String kid = readShortString(in, StandardCharsets.US_ASCII);
			String holder = readShortString(in, StandardCharsets.UTF_8);
			String enterprise = readShortString(in, StandardCharsets.UTF_8);
			if (in.hasRemaining() || kid.isEmpty()) {
				return Optional.empty();
			}
			VehicleScope scope = (scopeCode != 0) ? VehicleScope.ofCode(scopeCode) : null;
			PassClaims claims = new PassClaims(passId, type, enterpriseId, enterprise,
					(region != 0) ? Integer.toUnsignedString(region) : null, scope, holder, validFrom, validTo, kid);
			return Optional.of(new DecodedToken(claims, payload, signature));
		}
		catch (BufferUnderflowException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** [A-Z2-7]+, without a regular expression: this runs for every scan. */
	private static boolean isBase32(String text) {
		if (text.isEmpty()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!((c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'))) {
				return false;
			}
		}
		return true;
	}

	private static int regionNumber(String code) {
		if (code == null || !code.matches("\\d{1,9}")) {
			return 0;
		}
		return Integer.parseInt(code);
	}

	private static void writeShortString(ByteArrayOutputStream out, byte[] bytes) {
		out.write(bytes.length);
		out.writeBytes(bytes);
	}

	private static String readShortString(ByteBuffer in, java.nio.charset.Charset charset) {
		int length = Byte.toUnsignedInt(in.get());
		byte[] bytes = new byte[length];
		in.get(bytes);
		return new String(bytes, charset);
	}

	/** The UTF-8 of {@code text}, cut at a character boundary to at most {@code max} bytes. */
	static byte[] cut(String text, int max) {
		String value = (text != null) ? text : "";
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		if (bytes.length <= max) {
			return bytes;
		}
		StringBuilder kept = new StringBuilder();
		int size = 0;
		for (int i = 0; i < value.length();) {
			int codePoint = value.codePointAt(i);
			int length = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (size + length > max) {
				break;
			}
			kept.appendCodePoint(codePoint);
			size += length;
			i += Character.charCount(codePoint);
		}
		return kept.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A token taken apart: its claims, the bytes its signature covers, and the signature. */
	public record DecodedToken(PassClaims claims, byte[] payload, byte[] signature) {

		/** Whether the signature is the holder of {@code key}'s over the payload. */
		public boolean signedBy(PublicKey key) {
			try {
				Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
				verifier.initVerify(key);
				verifier.update(this.payload);
				return verifier.verify(this.signature);
			}
			catch (GeneralSecurityException ex) {
				return false;
			}
		}

	}

	/**
	 * commons-codec's Base32 with a working buffer the size of a token instead of its 8 KiB default:
	 * every scan decodes one token and encodes it again, and the default buffer was half of what a
	 * verification allocated (a larger token still works: the codec grows the buffer).
	 */
	private static final class TokenBase32 extends Base32 {

		@Override
		protected int getDefaultBufferSize() {
			return 512;
		}

	}

}
