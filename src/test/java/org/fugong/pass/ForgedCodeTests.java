package org.fugong.pass;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forged code (a known key's id with another key's signature, or a key nobody
 * published) is refused from the keys held in memory: with the pass and key
 * tables locked by another transaction, the verdict still comes at once, so no
 * query was made.
 */
@IntegrationTest
class ForgedCodeTests {

	@Autowired
	PassVerifier verifier;

	@Autowired
	KeyRing keys;

	@Autowired
	DataSource dataSource;

	@Test
	void forgedCodesAreRefusedWithoutAskingTheDatabase() throws Exception {
		String kid = this.keys.signingKey().kid();
		this.keys.readVerifyingKeys();
		String badSignature = forged(kid);
		String unknownKey = forged("k999999");
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement lock = connection.createStatement()) {
				lock.execute("LOCK TABLE pass, pass_signing_key IN ACCESS EXCLUSIVE MODE");
			}
			try {
				assertThat(verifyWithin(badSignature)).isEqualTo(VerificationReason.BAD_SIGNATURE);
				assertThat(verifyWithin(unknownKey)).isEqualTo(VerificationReason.UNKNOWN_KEY);
			}
			finally {
				connection.rollback();
			}
		}
	}

	private VerificationReason verifyWithin(String code) throws Exception {
		return CompletableFuture.supplyAsync(() -> this.verifier.verify(code, Instant.now(), null).reason())
			.get(3, TimeUnit.SECONDS);
	}

	private static String forged(String kid) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		PassClaims claims = new PassClaims(987_654_321L, PassType.WORKER, 1L, "伪造企业", "310117", null, "张*三",
				now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), kid);
		byte[] payload = PassTokens.payload(claims);
		return PassTokens.token(payload, PassTokens.sign(payload, KeyRing.generate().getPrivate()));
	}

}
