package org.fugong.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins in a row lock an account, and for how long.
 */
@ConfigurationProperties("fugong.security")
record LockoutProperties(int maxFailedLogins, Duration lockDuration) {

	LockoutProperties {
		if (maxFailedLogins <= 0) {
			maxFailedLogins = 5;
		}
		if (lockDuration == null) {
			lockDuration = Duration.ofMinutes(15);
		}
	}

}
