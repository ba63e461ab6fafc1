package org.fugong.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationStyle;

/**
 * How often a client address (or an account) may try what an attacker would
 * try in bulk. Each limit is a list of {@code N/window} tiers ("10/1m, 30/15m"):
 * the first allows a burst, the later ones make the wait grow the longer the
 * attempts go on. Addresses listed as exempt (a monitoring host) are never
 * limited by address; accounts always are.
 */
@ConfigurationProperties("fugong.security.throttle")
record ThrottleProperties(List<String> signInPerAddress, List<String> signInPerAccount,
		List<String> registrationPerAddress, List<String> passKeysPerAddress, List<String> badTokensPerAddress,
		List<String> exemptAddresses) {

	ThrottleProperties {
		signInPerAddress = orDefault(signInPerAddress, "10/1m", "30/15m", "100/24h");
		signInPerAccount = orDefault(signInPerAccount, "10/15m", "20/6h", "30/24h");
		registrationPerAddress = orDefault(registrationPerAddress, "5/10m", "20/24h");
		passKeysPerAddress = orDefault(passKeysPerAddress, "60/1m", "600/1h");
		badTokensPerAddress = orDefault(badTokensPerAddress, "20/1m", "100/1h");
		exemptAddresses = (exemptAddresses != null)
				? exemptAddresses.stream().filter((address) -> address != null && !address.isBlank()).map(String::strip).toList()
				: List.of();
		for (List<String> tiers : List.of(signInPerAddress, signInPerAccount, registrationPerAddress,
				passKeysPerAddress, badTokensPerAddress)) {
			bucket(tiers);
		}
	}

	/** The bucket of the tiers; a tier that does not read as {@code N/window} stops the start. */
	static BucketConfiguration bucket(List<String> tiers) {
		ConfigurationBuilder builder = BucketConfiguration.builder();
		for (String tier : tiers) {
			String[] parts = tier.strip().split("/", 2);
			long tokens;
			Duration window;
			try {
				tokens = Long.parseLong(parts[0].strip());
				window = DurationStyle.detectAndParse(parts[1].strip());
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("fugong.security.throttle: '" + tier
						+ "' is not a tier like 10/1m (attempts per window)", ex);
			}
			if (tokens <= 0 || window.isNegative() || window.isZero()) {
				throw new IllegalArgumentException("fugong.security.throttle: '" + tier + "' must allow attempts");
			}
			builder.addLimit((limit) -> limit.capacity(tokens).refillGreedy(tokens, window));
		}
		return builder.build();
	}

	private static List<String> orDefault(List<String> tiers, String... defaults) {
		List<String> kept = new ArrayList<>();
		if (tiers != null) {
			tiers.stream().filter((tier) -> tier != null && !tier.isBlank()).forEach(kept::add);
		}
		return kept.isEmpty() ? List.of(defaults) : List.copyOf(kept);
	}

}
