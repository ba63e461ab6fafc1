package org.fugong.pass;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.fugong.common.AesGcm;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ECDSA P-256 keys passes are signed with. The newest key that is not
 * retired signs; when it is older than {@code fugong.passes.key-rotation} (or an
 * administrator says so) a new key takes over and the old one is retired: it signs
 * nothing more but keeps verifying, and stays published, until the last pass it
 * signed has expired. Private halves are decrypted once per instance and kept in
 * memory; the database holds them only encrypted.
 */
@Service
public class KeyRing {

	/** Serialises key creation across instances (pg_advisory_xact_lock). */
	private static final long ROTATION_LOCK = 0x46475041_53534B45L;

	private static final Duration REREAD_UNKNOWN = Duration.ofSeconds(5);

	private final JdbcTemplate jdbc;

	private final AesGcm encryption;

	private final PassProperties properties;

	private final Clock clock;

	private final Map<String, PrivateKey> privateKeys = new ConcurrentHashMap<>();

	private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();

	private volatile Map<String, Verifying> verifying = Map.of();

	private volatile Instant verifyingReadAt = Instant.MIN;

	KeyRing(JdbcTemplate jdbc, PassProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.encryption = AesGcm.ofBase64Key(properties.keyEncryptionKey(), "fugong.passes.key-encryption-key");
	}

	/** The key new passes are signed with, made (or rotated) first when it is due. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public SigningKey signingKey() {
		Optional<KeyRow> current = current();
		if (current.isEmpty() || current.get().createdAt().plus(this.properties.keyRotation()).isBefore(now())) {
			this.jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, ROTATION_LOCK);
			current = current();
			if (current.isEmpty() || current.get().createdAt().plus(this.properties.keyRotation()).isBefore(now())) {
				current = Optional.of(create());
			}
		}
		String kid = current.get().kid();
		return new SigningKey(kid, this.privateKeys.computeIfAbsent(kid, this::decryptPrivateKey));
	}

	/** Makes a new key and retires the current one at once; answers the new key's id. */
	@Transactional
	public String rotate() {
		this.jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, ROTATION_LOCK);
		return create().kid();
	}

	/**
	 * The public half of a key that still verifies (not retired, or with a pass of
	 * its own not yet expired), from memory: a forged code costs no database
	 * query. The keys are read again every few seconds (and when this instance
	 * makes one); a kid not known then is looked for once more only if the keys
	 * were read more than {@link #REREAD_UNKNOWN} ago, so a key another instance
	 * has just made verifies at once and a stream of forged kids costs at most one
	 * read per interval.
	 */
	public Optional<PublicKey> verifyingKey(String kid) {
		Instant now = now();
		Verifying key = this.verifying.get(kid);
		if (key == null && this.verifyingReadAt.plus(REREAD_UNKNOWN).isBefore(now)) {
			readVerifyingKeys();
			key = this.verifying.get(kid);
		}
		return (key != null && (key.until() == null || now.isBefore(key.until()))) ? Optional.of(key.publicKey())
				: Optional.empty();
	}

	/** Reads the keys that verify into memory (on start, every few seconds, and after a key is made). */
	@Scheduled(fixedDelayString = "${fugong.passes.key-refresh:5s}", initialDelayString = "0s")
	void readVerifyingKeys() {
		Map<String, Verifying> keys = new ConcurrentHashMap<>();
		for (PublishedKey key : published()) {
			PublicKey publicKey = this.publicKeys.computeIfAbsent(key.kid(), (id) -> decodePublic(key.publicKey()));
			keys.put(key.kid(), new Verifying(publicKey, (key.retiredAt() != null) ? key.verifyUntil() : null));
		}
		this.verifying = keys;
		this.verifyingReadAt = now();
	}

	/** The keys that verify today, newest first, with the last instant each must be trusted until. */
	@Transactional(readOnly = true)
	public List<PublishedKey> published() {
		return this.jdbc.query("""
				SELECT k.kid, k.algorithm, k.public_key, k.created_at, k.retired_at,
				       (SELECT max(p.valid_to) FROM pass p WHERE p.kid = k.kid) AS last_valid_to
				FROM pass_signing_key k
				WHERE k.retired_at IS NULL
				   OR EXISTS (SELECT 1 FROM pass p WHERE p.kid = k.kid AND p.valid_to > ?)
				ORDER BY k.created_at DESC
				""", (rs, row) -> {
			Timestamp retired = rs.getTimestamp("retired_at");
			Timestamp last = rs.getTimestamp("last_valid_to");
			return new PublishedKey(rs.getString("kid"), rs.getString("algorithm"), rs.getBytes("public_key"),
					rs.getTimestamp("created_at").toInstant(), (retired != null) ? retired.toInstant() : null,
					(last != null) ? last.toInstant() : null);
		}, Timestamp.from(now()));
	}

	private Optional<KeyRow> current() {
		return this.jdbc.query("""
				SELECT kid, created_at FROM pass_signing_key WHERE retired_at IS NULL
				ORDER BY created_at DESC, kid DESC LIMIT 1
				""", (rs, row) -> new KeyRow(rs.getString("kid"), rs.getTimestamp("created_at").toInstant()))
			.stream()
			.findFirst();
	}

	private KeyRow create() {
		KeyPair pair = generate();
		Long number = this.jdbc.queryForObject("SELECT nextval('pass_signing_key_seq')", Long.class);
		String kid = "k" + number;
		Instant now = now();
		byte[] sealed = this.encryption.encrypt(pair.getPrivate().getEncoded(), kid.getBytes(StandardCharsets.US_ASCII));
		this.jdbc.update("UPDATE pass_signing_key SET retired_at = ? WHERE retired_at IS NULL", Timestamp.from(now));
		this.jdbc.update("""
				INSERT INTO pass_signing_key (kid, algorithm, public_key, private_key_encrypted, created_at)
				VALUES (?, 'ES256', ?, ?, ?)
				""", kid, pair.getPublic().getEncoded(), sealed, Timestamp.from(now));
		this.privateKeys.put(kid, pair.getPrivate());
		this.publicKeys.put(kid, pair.getPublic());
		// Read back with the others once the transaction commits.
		VerificationCache.afterCommit(this::readVerifyingKeys);
		return new KeyRow(kid, now);
	}

	private PrivateKey decryptPrivateKey(String kid) {
		byte[] sealed = this.jdbc.queryForObject("SELECT private_key_encrypted FROM pass_signing_key WHERE kid = ?",
				byte[].class, kid);
		byte[] pkcs8 = this.encryption.decrypt(sealed, kid.getBytes(StandardCharsets.US_ASCII));
		try {
			return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Signing key " + kid + " cannot be read", ex);
		}
	}

	static PublicKey decodePublic(byte[] spki) {
		try {
			return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(spki));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A published key cannot be read", ex);
		}
	}

	static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("No P-256 key generator", ex);
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	private record KeyRow(String kid, Instant createdAt) {
	}

	/** A key that verifies, until the end of its last pass once it is retired (null: not retired). */
	private record Verifying(PublicKey publicKey, Instant until) {
	}

	/** The key that signs now. */
	public record SigningKey(String kid, PrivateKey privateKey) {
	}

	/** A public key anyone may verify passes with; {@code verifyUntil} is the end of its last pass. */
	public record PublishedKey(String kid, String algorithm, byte[] publicKey, Instant createdAt, Instant retiredAt,
			Instant verifyUntil) {
	}

}
