package org.fugong.common;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The two keys that protect data at rest: {@code FUGONG_DATA_KEY} (resident ID
 * numbers, {@link FieldCipher}) and {@code FUGONG_PASS_KEY_ENCRYPTION_KEY} (the
 * pass signing keys). Only the embedded demo default (no
 * {@code SPRING_DATASOURCE_URL}, demo data on) falls back to the keys committed
 * in the repository; anywhere else an unset key, the demo key or anything but 32
 * bytes in base64 stops the start before a single bean exists, naming the
 * variable, so that no row is ever written under a key everybody knows.
 */
public class SecretKeyCheck implements EnvironmentPostProcessor {

	static final String HOW_TO_MAKE_ONE = "Make one with `openssl rand -base64 32`, set it in the environment and "
			+ "keep a copy in a safe place: losing it loses the data it protects (docs/operations.md, \"Keys and secrets\").";

	/** Each key: its property, the variable that sets it, and the demo value committed in the repository. */
	static final List<Key> KEYS = List.of(
			new Key("fugong.crypto.data-key", "FUGONG_DATA_KEY", "VcqWe/QdaxVCkz4VxXMOszlxYhHa1vMhd1uY/58PzpQ="),
			new Key("fugong.passes.key-encryption-key", "FUGONG_PASS_KEY_ENCRYPTION_KEY",
					"rwCVckcy/5rAltak0OcM3rXNaezE2sDSGVAtiWxy4OQ="));

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean demo = embeddedDemo(environment);
		Map<String, Object> demoKeys = new LinkedHashMap<>();
		for (Key key : KEYS) {
			String value = environment.getProperty(key.property());
			if (!StringUtils.hasText(value)) {
				if (!demo) {
					throw new UnsafeConfigurationException(key.variable() + " is not set. Outside the embedded demo "
							+ "(SPRING_DATASOURCE_URL is set, or fugong.demo.enabled=false) Fugong has no default key.",
							HOW_TO_MAKE_ONE);
				}
				demoKeys.put(key.property(), key.demoValue());
				continue;
			}
			if (!demo && value.strip().equals(key.demoValue())) {
				throw new UnsafeConfigurationException(key.variable() + " is the demo key published in the "
						+ "repository: anyone could read or forge what it protects.", HOW_TO_MAKE_ONE);
			}
			decode(value, key.variable());
		}
		if (!demoKeys.isEmpty()) {
			environment.getPropertySources().addFirst(new MapPropertySource("fugongDemoKeys", demoKeys));
		}
	}

	/** The 32 bytes of a key written in base64; an {@link UnsafeConfigurationException} naming the variable otherwise. */
	static byte[] decode(String value, String variable) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new UnsafeConfigurationException(variable + " is not base64.", HOW_TO_MAKE_ONE);
		}
		if (key.length != 32) {
			throw new UnsafeConfigurationException(
					variable + " must be 32 bytes in base64 (AES-256), it has " + key.length + ".", HOW_TO_MAKE_ONE);
		}
		return key;
	}

	/** The embedded demo default: the database is the embedded one and demo data is on (see {@link DemoData}). */
	static boolean embeddedDemo(Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				&& environment.getProperty("fugong.demo.enabled", Boolean.class, true);
	}

	record Key(String property, String variable, String demoValue) {
	}

}
