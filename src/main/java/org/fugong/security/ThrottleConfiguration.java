package org.fugong.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rate-limit buckets live in the {@code security_throttle} table so that all
 * instances behind the load balancer count together; their time is the
 * application's clock. The throttle runs just before Spring Security, so a
 * refused request costs neither a session nor a password hash.
 */
@Configuration(proxyBeanMethods = false)
class ThrottleConfiguration {

	@Bean
	ProxyManager<String> throttleBuckets(DataSource dataSource, Clock clock) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("security_throttle")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.clientClock(new ClockTimeMeter(clock))
			.build();
	}

	@Bean
	FilterRegistrationBean<ThrottleFilter> throttleFilter(RequestThrottle throttle) {
		FilterRegistrationBean<ThrottleFilter> registration = new FilterRegistrationBean<>(
				new ThrottleFilter(throttle));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	/** Bucket4j reads the time from the application's clock (which tests move). */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = this.clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
