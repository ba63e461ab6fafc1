package org.fugong.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * All access rules in this package, deny by default. Two chains: the JSON API
 * ({@link ApiSecurityConfiguration}: HTTP Basic, the gate's device token or the
 * browser session, 401/403 as problem+json and never a Basic challenge, CSRF
 * required whenever a live session comes with the request) and the pages
 * ({@link PageSecurityConfiguration}: our login form, CSRF on every form). Here
 * is what both share: the role groups the rules name, the response headers,
 * when a write needs its CSRF token, and how passwords are kept.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
			+ "media-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String[] OFFICIALS = { "TOWN_OFFICER", "DISTRICT_OFFICIAL", "CITY_OFFICIAL" };

	/** The OpenAPI description and its UI map the whole API: for the people who run and integrate it. */
	static final String[] API_DOCS_READERS = { "TOWN_OFFICER", "DISTRICT_OFFICIAL", "CITY_OFFICIAL", "ADMIN" };

	static final String[] POLICY_MAKERS = { "DISTRICT_OFFICIAL", "CITY_OFFICIAL" };

	static final String[] ENTERPRISE_AND_OFFICIALS = { "ENTERPRISE", "TOWN_OFFICER", "DISTRICT_OFFICIAL",
			"CITY_OFFICIAL" };

	/** Who handles demands: the officials and the departments they are transferred to. */
	static final String[] DEMAND_HANDLERS = { "TOWN_OFFICER", "DISTRICT_OFFICIAL", "CITY_OFFICIAL",
			"DEPARTMENT_OFFICER" };

	/** Who reads demands: the enterprise its own, the handlers theirs. */
	static final String[] DEMAND_READERS = { "ENTERPRISE", "TOWN_OFFICER", "DISTRICT_OFFICIAL",
			"CITY_OFFICIAL", "DEPARTMENT_OFFICER" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
	}

	/**
	 * Writes need the CSRF token whenever the request brings a live session: a
	 * browser attaches the session cookie to cross-site requests, and an
	 * {@code Authorization} header beside it proves nothing (a browser may replay
	 * cached Basic credentials too). Only calls with no session at all (scripts
	 * with Basic credentials, the gate's device token) have no ambient authority
	 * another site could borrow, and need none.
	 */
	static boolean requiresCsrf(HttpServletRequest request) {
		return CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request) && request.getRequestedSessionId() != null
				&& request.isRequestedSessionIdValid();
	}

}
