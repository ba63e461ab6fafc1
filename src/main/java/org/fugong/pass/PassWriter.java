package org.fugong.pass;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import lombok.RequiredArgsConstructor;
import org.fugong.pass.KeyRing.SigningKey;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes passes, one or ten thousand at a time: ids in one query, the tokens
 * signed on every core (each until its QR code reads at first glance), rows
 * written in JDBC batches. The holder's link is
 * answered once and only its hash is kept.
 */
@Component
@RequiredArgsConstructor
class PassWriter {

	private static final String SHORT_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final int SHORT_CODE_LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** More than enough: about one signature in fifty gives a code to draw again, so twenty in a row never happen. */
	private static final int MAX_SIGNATURES = 20;

	private final JdbcTemplate jdbc;

	private final KeyRing keys;

	private final QrCodes qr;

	/** Writes the passes in the caller's transaction; answers them in the order of the drafts. */
	List<Written> write(List<PassDraft> drafts, String actor, Instant now) {
		if (drafts.isEmpty()) {
			return List.of();
		}
		SigningKey key = this.keys.signingKey();
		List<Long> ids = this.jdbc.queryForList("SELECT nextval('pass_seq') FROM generate_series(1, ?)", Long.class,
				drafts.size());
		List<Written> written = IntStream.range(0, drafts.size()).parallel().mapToObj((i) -> {
			PassDraft draft = drafts.get(i);
			PassClaims claims = draft.claims(ids.get(i), key.kid());
			String token = readableToken(PassTokens.payload(claims), key.privateKey(), null, this.qr);
			String link = draft.withHolderLink() ? randomLink() : null;
			return new Written(ids.get(i), draft, key.kid(), token, sha256(token), link, shortCode());
		}).toList();
		List<Object[]> rows = new ArrayList<>(written.size());
		for (Written pass : written) {
			PassDraft draft = pass.draft();
			rows.add(new Object[] { pass.id(), draft.type().name(), draft.enterpriseId(), draft.districtCode(),
					draft.townCode(), draft.employeeId(), draft.holderName(), draft.holderMasked(), draft.department(),
					(draft.scope() != null) ? draft.scope().name() : null, pass.shortCode(),
					Timestamp.from(draft.validFrom()), Timestamp.from(draft.validTo()), pass.kid(), pass.token(),
					pass.tokenHash(), (pass.holderLink() != null) ? sha256(pass.holderLink()) : null,
					Timestamp.from(now), actor });
		}
		int[] types = { Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
				Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP,
				Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR, Types.BINARY, Types.BINARY, Types.TIMESTAMP,
				Types.VARCHAR };
		for (int from = 0; from < rows.size(); from += 1000) {
			this.jdbc.batchUpdate("""
					INSERT INTO pass (id, type, enterprise_id, district_code, town_code, employee_id, holder_name,
					  holder_masked, department, scope, short_code, valid_from, valid_to, status, kid, token,
					  token_hash, holder_link_hash, issued_at, issued_by)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?)
					""", rows.subList(from, Math.min(rows.size(), from + 1000)), types);
		}
		return written;
	}

	/** A new token for claims that changed (renewal), signed by the current key. */
	Signed sign(PassClaims unsigned) {
		SigningKey key = this.keys.signingKey();
		PassClaims claims = new PassClaims(unsigned.passId(), unsigned.type(), unsigned.enterpriseId(),
				unsigned.enterpriseName(), unsigned.districtCode(), unsigned.scope(), unsigned.holder(),
				unsigned.validFrom(), unsigned.validTo(), key.kid());
		String token = readableToken(PassTokens.payload(claims), key.privateKey(), null, this.qr);
		return new Signed(key.kid(), token, sha256(token));
	}

	/**
	 * The token of the payload under a signature whose QR code a phone's scanner
	 * finds at first glance: each ECDSA signature has a fresh random nonce, so
	 * signing again gives another code. (Another mask would too, but the pictures
	 * are drawn from the token alone whenever they are asked for.)
	 */
	static String readableToken(byte[] payload, PrivateKey key, SecureRandom random, QrCodes qr) {
		for (int signature = 0; signature < MAX_SIGNATURES; signature++) {
			String token = PassTokens.token(payload, PassTokens.sign(payload, key, random));
			if (qr.readsAtFirstGlance(token)) {
				return token;
			}
		}
		throw new IllegalStateException("No signature of " + MAX_SIGNATURES + " gave a readable QR code");
	}

	static String randomLink() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String shortCode() {
		StringBuilder code = new StringBuilder(SHORT_CODE_LENGTH);
		for (int i = 0; i < SHORT_CODE_LENGTH; i++) {
			code.append(SHORT_CODE_ALPHABET.charAt(RANDOM.nextInt(SHORT_CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A pass written: its token, and the holder's link when one was made (shown or sent once). */
	record Written(long id, PassDraft draft, String kid, String token, byte[] tokenHash, String holderLink,
			String shortCode) {
	}

	record Signed(String kid, String token, byte[] tokenHash) {
	}

}
