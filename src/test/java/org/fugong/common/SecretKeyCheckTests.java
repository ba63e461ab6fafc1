package org.fugong.common;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretKeyCheckTests {

	private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
			11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32 });

	private static final String KEY_B = Base64.getEncoder().encodeToString(new byte[32]);

	private final SecretKeyCheck check = new SecretKeyCheck();

	@Test
	void theEmbeddedDemoFallsBackToTheDemoKeys() {
		MockEnvironment environment = new MockEnvironment().withProperty("fugong.crypto.data-key", "")
			.withProperty("fugong.passes.key-encryption-key", "");
		this.check.postProcessEnvironment(environment, null);
		assertThat(environment.getProperty("fugong.crypto.data-key")).isEqualTo(SecretKeyCheck.KEYS.get(0).demoValue());
		assertThat(environment.getProperty("fugong.passes.key-encryption-key"))
			.isEqualTo(SecretKeyCheck.KEYS.get(1).demoValue());
	}

	@Test
	void aConfiguredDatabaseNeedsBothKeysAndTakesThemAsGiven() {
		MockEnvironment environment = production().withProperty("fugong.crypto.data-key", KEY_A)
			.withProperty("fugong.passes.key-encryption-key", KEY_B);
		assertThatNoException().isThrownBy(() -> this.check.postProcessEnvironment(environment, null));
		assertThat(environment.getProperty("fugong.crypto.data-key")).isEqualTo(KEY_A);
		assertThatThrownBy(() -> this.check.postProcessEnvironment(
				production().withProperty("fugong.passes.key-encryption-key", KEY_B), null))
			.isInstanceOf(UnsafeConfigurationException.class)
			.hasMessageStartingWith("FUGONG_DATA_KEY is not set");
	}

	@Test
	void demoValuedMalformedOrShortKeysAreRefusedOutsideTheDemo() {
		for (String bad : new String[] { SecretKeyCheck.KEYS.get(1).demoValue(), "not base64!",
				Base64.getEncoder().encodeToString(new byte[16]) }) {
			MockEnvironment environment = production().withProperty("fugong.crypto.data-key", KEY_A)
				.withProperty("fugong.passes.key-encryption-key", bad);
			assertThatThrownBy(() -> this.check.postProcessEnvironment(environment, null))
				.isInstanceOf(UnsafeConfigurationException.class)
				.hasMessageStartingWith("FUGONG_PASS_KEY_ENCRYPTION_KEY");
		}
	}

	@Test
	void theDemoTurnedOffIsNotTheDemo() {
		MockEnvironment environment = new MockEnvironment().withProperty("fugong.demo.enabled", "false")
			.withProperty("fugong.passes.key-encryption-key", KEY_B);
		assertThatThrownBy(() -> this.check.postProcessEnvironment(environment, null))
			.isInstanceOf(UnsafeConfigurationException.class)
			.hasMessageContaining("FUGONG_DATA_KEY");
	}

	private static MockEnvironment production() {
		return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/fugong");
	}

}
