package org.fugong.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Who reads {@code /actuator/prometheus}: on a management port of its own
 * ({@code MANAGEMENT_SERVER_PORT}, bound to an address only the monitoring
 * network reaches) anyone who gets there; on the public port only the scrape
 * account ({@code FUGONG_METRICS_USERNAME} / {@code FUGONG_METRICS_PASSWORD}),
 * never a user of the platform and never anonymously. Without a password there is
 * no scrape account and the public port refuses every scrape. Stateless, with a
 * plain 401 (no Basic challenge for a browser to remember).
 */
@Configuration(proxyBeanMethods = false)
class MetricsScrapeSecurity {

	static final String ROLE = "METRICS_SCRAPER";

	@Bean
	@Order(0)
	SecurityFilterChain metricsScrapeChain(HttpSecurity http, Environment environment, PasswordEncoder encoder,
			@Value("${fugong.metrics.username:prometheus}") String username,
			@Value("${fugong.metrics.password:}") String password) throws Exception {
		boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
		InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager();
		if (!password.isBlank()) {
			accounts.createUser(User.withUsername(username).password(encoder.encode(password)).roles(ROLE).build());
		}
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(encoder);
		HttpStatusEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
		http.securityMatcher(EndpointRequest.to("prometheus"))
			.authorizeHttpRequests((auth) -> {
				if (ownPort) {
					auth.anyRequest().permitAll();
				}
				else {
					auth.anyRequest().hasRole(ROLE);
				}
			})
			.authenticationManager(new ProviderManager(provider))
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling((ex) -> ex.authenticationEntryPoint(unauthorized))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

}
