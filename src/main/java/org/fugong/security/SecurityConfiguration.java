package org.fugong.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fugong.common.Languages;
import org.fugong.common.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * All access rules in one place, deny by default. Two chains: the JSON API
 * (HTTP Basic or the browser session, 401/403 as problem+json and never a Basic
 * challenge, CSRF required whenever a live session comes with the request) and
 * the pages (our login form, CSRF on every form).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
			+ "media-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final String[] OFFICIALS = { "TOWN_OFFICER", "DISTRICT_OFFICIAL", "CITY_OFFICIAL" };

	/** The OpenAPI description and its UI map the whole API: for the people who run and integrate it. */
	private static final String[] API_DOCS_READERS = { "TOWN_OFFICER", "DISTRICT_OFFICIAL", "CITY_OFFICIAL", "ADMIN" };

	private static final String[] POLICY_MAKERS = { "DISTRICT_OFFICIAL", "CITY_OFFICIAL" };

	private static final String[] ENTERPRISE_AND_OFFICIALS = { "ENTERPRISE", "TOWN_OFFICER", "DISTRICT_OFFICIAL",
			"CITY_OFFICIAL" };

	/** Who handles demands: the officials and the departments they are transferred to. */
	private static final String[] DEMAND_HANDLERS = { "TOWN_OFFICER", "DISTRICT_OFFICIAL", "CITY_OFFICIAL",
			"DEPARTMENT_OFFICER" };

	/** Who reads demands: the enterprise its own, the handlers theirs. */
	private static final String[] DEMAND_READERS = { "ENTERPRISE", "TOWN_OFFICER", "DISTRICT_OFFICIAL",
			"CITY_OFFICIAL", "DEPARTMENT_OFFICER" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, Problems problems, DeviceTokens deviceTokens,
			RequestThrottle throttle) throws Exception {
		// No Basic challenge: a browser would ask for the password and then send it to us on every request,
		// cross-site ones included. Scripts send their credentials without being asked.
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> write(problems, request, response, 401,
				"problem.401.detail");
		AccessDeniedHandler forbidden = (request, response, ex) -> write(problems, request, response, 403,
				(ex instanceof org.springframework.security.web.csrf.CsrfException) ? "problem.403.csrf"
						: "problem.403.detail");
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((auth) -> auth
				.requestMatchers(HttpMethod.GET, "/api/v1/regions").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/enterprises/register").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated()
				.requestMatchers(HttpMethod.GET, "/api/v1/enterprises").hasAnyRole(OFFICIALS)
				.requestMatchers(HttpMethod.GET, "/api/v1/enterprises/*").hasAnyRole(ENTERPRISE_AND_OFFICIALS)
				// 一企一档 for officials; liaison officers: the region assigns, the liaison logs visits, both sides write
				.requestMatchers(HttpMethod.GET, "/api/v1/enterprises/*/file", "/api/v1/stats/liaison").hasAnyRole(OFFICIALS)
				.requestMatchers(HttpMethod.GET, "/api/v1/enterprises/*/liaison", "/api/v1/enterprises/*/visits")
					.hasAnyRole(ENTERPRISE_AND_OFFICIALS)
				.requestMatchers(HttpMethod.POST, "/api/v1/enterprises/*/liaison", "/api/v1/enterprises/*/liaison/end",
						"/api/v1/enterprises/*/visits")
					.hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
				.requestMatchers(HttpMethod.POST, "/api/v1/enterprises/*/liaison/messages")
					.hasAnyRole("ENTERPRISE", "TOWN_OFFICER", "DISTRICT_OFFICIAL")
				.requestMatchers(HttpMethod.GET, "/api/v1/liaison/enterprises").hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
				.requestMatchers(HttpMethod.POST, "/api/v1/enterprises/*/verification").hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
				.requestMatchers(HttpMethod.POST, "/api/v1/enterprises/*/licence").hasRole("ENTERPRISE")
				.requestMatchers(HttpMethod.GET, "/api/v1/enterprises/*/licence").hasAnyRole(ENTERPRISE_AND_OFFICIALS)
				.requestMatchers(HttpMethod.PUT, "/api/v1/enterprises/*").hasRole("ENTERPRISE")
				.requestMatchers(HttpMethod.GET, "/api/v1/policies/matching").hasRole("ENTERPRISE")
				.requestMatchers(HttpMethod.GET, "/api/v1/policies/*/enterprises").hasAnyRole(OFFICIALS)
				.requestMatchers(HttpMethod.GET, "/api/v1/policies", "/api/v1/policies/*").authenticated()
				.requestMatchers(HttpMethod.GET, "/api/v1/self-checks", "/api/v1/self-checks/*").hasRole("ENTERPRISE")
				.requestMatchers(HttpMethod.POST, "/api/v1/self-checks").hasRole("ENTERPRISE")
				.requestMatchers(HttpMethod.POST, "/api/v1/applications/*/decisions").hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
				.requestMatchers(HttpMethod.POST, "/api/v1/applications", "/api/v1/applications/*/materials",
						"/api/v1/applications/*/submit").hasRole("ENTERPRISE")
				.requestMatchers(HttpMethod.PUT, "/api/v1/applications/*").hasRole("ENTERPRISE")
				.requestMatchers(HttpMethod.GET, "/api/v1/applications", "/api/v1/applications/*").hasAnyRole(ENTERPRISE_AND_OFFICIALS)
				.requestMatchers(HttpMethod.GET, "/api/v1/applications/*/rounds",
						"/api/v1/applications/*/self-checks/*/evidence/*").hasAnyRole(ENTERPRISE_AND_OFFICIALS)
				.requestMatchers(HttpMethod.GET, "/api/v1/whitelist/mine").hasRole("ENTERPRISE")
				.requestMatchers(HttpMethod.GET, "/api/v1/whitelist", "/api/v1/whitelist/*").hasAnyRole(OFFICIALS)
				.requestMatchers(HttpMethod.POST, "/api/v1/whitelist", "/api/v1/whitelist/*/suspend",
						"/api/v1/whitelist/*/restore", "/api/v1/whitelist/*/remove").hasAnyRole(OFFICIALS)
				// workforce: the roster, its imports, test results, daily reports
				.requestMatchers("/api/v1/employees", "/api/v1/employees/**", "/api/v1/imports/**",
						"/api/v1/tests/**", "/api/v1/daily-reports").hasRole("ENTERPRISE")
				// passes: keys are public so that anyone can verify a pass
				.requestMatchers(HttpMethod.GET, "/api/v1/pass-keys").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/passes/vehicle/*/decisions").hasRole("DISTRICT_OFFICIAL")
				.requestMatchers(HttpMethod.GET, "/api/v1/passes/vehicle", "/api/v1/passes/vehicle/**")
					.hasAnyRole(ENTERPRISE_AND_OFFICIALS)
				.requestMatchers(HttpMethod.POST, "/api/v1/passes/worker", "/api/v1/passes/worker/**",
						"/api/v1/passes/vehicle", "/api/v1/passes/vehicle/*/cancel", "/api/v1/passes/*/renew",
						"/api/v1/passes/*/holder-link").hasRole("ENTERPRISE")
				.requestMatchers(HttpMethod.POST, "/api/v1/passes/*/revoke").hasAnyRole(ENTERPRISE_AND_OFFICIALS)
				// a pass's code (its QR image) only for its own enterprise: officials see the pass without it
				.requestMatchers(HttpMethod.GET, "/api/v1/passes/*/qr.png", "/api/v1/passes/*/qr.svg").hasRole("ENTERPRISE")
				.requestMatchers(HttpMethod.GET, "/api/v1/passes", "/api/v1/passes/*", "/api/v1/passes/*/scans")
					.hasAnyRole(ENTERPRISE_AND_OFFICIALS)
				.requestMatchers("/api/v1/drivers", "/api/v1/drivers/**").hasRole("DISTRICT_OFFICIAL")
				// the gate: guards scan; the device token is made by a guard signed in on the phone
				.requestMatchers(HttpMethod.POST, "/api/v1/gate/verify", "/api/v1/gate/scans/sync",
						"/api/v1/gate/devices").hasRole("GUARD")
				// enrolled phones: a guard's own, and those of the region's checkpoints for its officials
				.requestMatchers(HttpMethod.GET, "/api/v1/gate/devices").hasAnyRole("GUARD", "TOWN_OFFICER",
						"DISTRICT_OFFICIAL", "CITY_OFFICIAL")
				.requestMatchers(HttpMethod.POST, "/api/v1/gate/devices/*/revoke").hasAnyRole("GUARD", "TOWN_OFFICER",
						"DISTRICT_OFFICIAL", "CITY_OFFICIAL")
				// officials keep the checkpoints of their jurisdiction and bind guards to them
				.requestMatchers(HttpMethod.GET, "/api/v1/gate/checkpoints", "/api/v1/gate/checkpoints/*")
					.hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
				.requestMatchers(HttpMethod.POST, "/api/v1/gate/checkpoints", "/api/v1/gate/checkpoints/*/guards")
					.hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
				.requestMatchers(HttpMethod.GET, "/api/v1/gate/offline-bundle", "/api/v1/gate/me", "/api/v1/gate/ping")
					.hasRole("GUARD")
				// appeals: enterprises file (officials on their behalf), reply, close and reopen; the district assigns,
				// escalates to the city and transfers to departments; whoever holds an item answers it (the service says who)
				.requestMatchers(HttpMethod.POST, "/api/v1/appeals").hasAnyRole(ENTERPRISE_AND_OFFICIALS)
				.requestMatchers(HttpMethod.POST, "/api/v1/appeals/*/close", "/api/v1/appeals/*/reopen",
						"/api/v1/appeals/*/attachments")
					.hasRole("ENTERPRISE")
				.requestMatchers(HttpMethod.POST, "/api/v1/appeals/*/assign", "/api/v1/appeals/*/escalate")
					.hasRole("DISTRICT_OFFICIAL")
				.requestMatchers(HttpMethod.POST, "/api/v1/appeals/*/transfer").hasAnyRole(POLICY_MAKERS)
				.requestMatchers(HttpMethod.POST, "/api/v1/appeals/*/notes", "/api/v1/appeals/*/respond")
					.hasAnyRole(DEMAND_HANDLERS)
				.requestMatchers(HttpMethod.POST, "/api/v1/appeals/*/messages").hasAnyRole(DEMAND_READERS)
				.requestMatchers(HttpMethod.GET, "/api/v1/appeals/departments").hasAnyRole(OFFICIALS)
				.requestMatchers(HttpMethod.GET, "/api/v1/appeals", "/api/v1/appeals/*").hasAnyRole(DEMAND_READERS)
				.requestMatchers(HttpMethod.GET, "/api/v1/stats/appeals").hasAnyRole(OFFICIALS)
				.requestMatchers(HttpMethod.GET, "/api/v1/holidays").authenticated()
				// grid inspections: town officers inspect, enterprises answer, the district stops and lifts
				.requestMatchers(HttpMethod.POST, "/api/v1/inspections", "/api/v1/inspections/*/photos",
						"/api/v1/inspections/unapproved", "/api/v1/rectifications/*/review").hasRole("TOWN_OFFICER")
				.requestMatchers(HttpMethod.GET, "/api/v1/inspections/round").hasRole("TOWN_OFFICER")
				.requestMatchers(HttpMethod.GET, "/api/v1/inspections/unapproved", "/api/v1/inspections/*",
						"/api/v1/inspections/unapproved/*", "/api/v1/stats/inspections").hasAnyRole(OFFICIALS)
				.requestMatchers(HttpMethod.POST, "/api/v1/inspections/unapproved/*/handle").hasRole("DISTRICT_OFFICIAL")
				.requestMatchers(HttpMethod.GET, "/api/v1/rectifications", "/api/v1/rectifications/*",
						"/api/v1/stops").hasAnyRole(ENTERPRISE_AND_OFFICIALS)
				.requestMatchers(HttpMethod.POST, "/api/v1/rectifications/*/respond").hasRole("ENTERPRISE")
				.requestMatchers(HttpMethod.POST, "/api/v1/rectifications/*/stop", "/api/v1/stops/*/lift")
					.hasRole("DISTRICT_OFFICIAL")
				// outbreak sites: the district seals and unseals, district and towns disinfect, the enterprise reads its own
				.requestMatchers(HttpMethod.POST, "/api/v1/outbreaks", "/api/v1/outbreaks/*/unseal").hasRole("DISTRICT_OFFICIAL")
				.requestMatchers(HttpMethod.POST, "/api/v1/outbreaks/*/disinfections")
					.hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
				.requestMatchers(HttpMethod.GET, "/api/v1/outbreaks", "/api/v1/outbreaks/*", "/api/v1/outbreaks/*/photos/*")
					.hasAnyRole(ENTERPRISE_AND_OFFICIALS)
				// dashboards: officials' figures and daily feedback; exports of the officials' and the enterprise's own lists
				.requestMatchers(HttpMethod.GET, "/api/v1/stats/overview", "/api/v1/stats/resumption").hasAnyRole(OFFICIALS)
				.requestMatchers(HttpMethod.GET, "/api/v1/daily-reports/missing").hasAnyRole(OFFICIALS)
				.requestMatchers(HttpMethod.POST, "/api/v1/daily-reports/missing/remind").hasAnyRole(OFFICIALS)
				.requestMatchers(HttpMethod.GET, "/api/v1/exports/**").hasAnyRole(ENTERPRISE_AND_OFFICIALS)
				// market: every signed-in user searches posts; enterprises post, match, ask and answer; officials oversee
				.requestMatchers(HttpMethod.POST, "/api/v1/market/posts", "/api/v1/market/posts/*/contacts",
						"/api/v1/market/posts/*/close", "/api/v1/market/contacts/*/accept",
						"/api/v1/market/contacts/*/decline").hasRole("ENTERPRISE")
				.requestMatchers(HttpMethod.GET, "/api/v1/market/posts/*/matches", "/api/v1/market/mine").hasRole("ENTERPRISE")
				.requestMatchers(HttpMethod.GET, "/api/v1/market/posts", "/api/v1/market/posts/*").authenticated()
				.requestMatchers(HttpMethod.GET, "/api/v1/market/unanswered", "/api/v1/market/oversight",
						"/api/v1/market/key-firms", "/api/v1/stats/market").hasAnyRole(OFFICIALS)
				.requestMatchers(HttpMethod.POST, "/api/v1/market/key-firms", "/api/v1/market/key-firms/*/remove",
						"/api/v1/market/coordination/*/take", "/api/v1/market/coordination/*/notes",
						"/api/v1/market/coordination/*/close").hasRole("DISTRICT_OFFICIAL")
				.requestMatchers(HttpMethod.GET, "/api/v1/market/coordination").hasAnyRole(OFFICIALS)
				// alerts: the officials of the enterprise's town and district
				.requestMatchers(HttpMethod.GET, "/api/v1/alerts").hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
				.requestMatchers(HttpMethod.POST, "/api/v1/alerts/*/acknowledge", "/api/v1/alerts/*/close")
					.hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
				// shared trucks: carriers pool their trucks and answer bookings; enterprises book; officials read their region
				.requestMatchers(HttpMethod.POST, "/api/v1/trucks", "/api/v1/trucks/*/withdraw", "/api/v1/truck-bookings",
						"/api/v1/truck-bookings/*/confirm", "/api/v1/truck-bookings/*/decline",
						"/api/v1/truck-bookings/*/cancel").hasRole("ENTERPRISE")
				.requestMatchers(HttpMethod.GET, "/api/v1/trucks/mine").hasRole("ENTERPRISE")
				.requestMatchers(HttpMethod.GET, "/api/v1/trucks/availability", "/api/v1/truck-bookings",
						"/api/v1/truck-bookings/*", "/api/v1/stats/trucks").hasAnyRole(ENTERPRISE_AND_OFFICIALS)
				.anyRequest().denyAll())
			.addFilterBefore(new DeviceTokenFilter(deviceTokens, unauthorized, throttle),
					org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
			.httpBasic((basic) -> basic.realmName("fugong").authenticationEntryPoint(unauthorized))
			.exceptionHandling((ex) -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.csrf((csrf) -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::requiresCsrf))
			.requestCache((cache) -> cache.disable())
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((auth) -> auth
			.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
			.requestMatchers("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error").permitAll()
			.requestMatchers("/login", "/register", "/actuator/health", "/actuator/health/**").permitAll()
			.requestMatchers("/admin/**").hasRole("ADMIN")
			.requestMatchers("/account/password").authenticated()
			.requestMatchers("/enterprise/**").hasRole("ENTERPRISE")
			.requestMatchers("/enterprises/verifications", "/enterprises/*/verification")
				.hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
			.requestMatchers(HttpMethod.POST, "/enterprises/*/liaison", "/enterprises/*/liaison/end",
					"/enterprises/*/liaison/messages")
				.hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
			.requestMatchers("/enterprises/*/visits/new", "/liaison").hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
			.requestMatchers("/enterprises/**").hasAnyRole(OFFICIALS)
			.requestMatchers("/policies/new", "/policies/*/edit").hasAnyRole(POLICY_MAKERS)
			.requestMatchers(HttpMethod.POST, "/policies/*/withdraw", "/policies/*/attachments",
					"/policies/*/attachments/*/delete").hasAnyRole(POLICY_MAKERS)
			.requestMatchers(HttpMethod.GET, "/policies/matching").hasRole("ENTERPRISE")
			.requestMatchers(HttpMethod.GET, "/policies/*/enterprises", "/policies/*/enterprises.csv").hasAnyRole(OFFICIALS)
			.requestMatchers(HttpMethod.GET, "/policies", "/policies/*", "/policies/*/attachments/*").authenticated()
			.requestMatchers(HttpMethod.GET, "/guidance", "/guidance/*").authenticated()
			.requestMatchers("/self-check", "/self-check/**").hasRole("ENTERPRISE")
			.requestMatchers("/inbox", "/inbox/**").hasAnyRole(DEMAND_READERS)
			.requestMatchers("/alerts", "/alerts/**").hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
			.requestMatchers("/applications/new", "/applications/*/edit").hasRole("ENTERPRISE")
			.requestMatchers(HttpMethod.POST, "/applications/*/materials", "/applications/*/materials/*/delete",
					"/applications/*/submit").hasRole("ENTERPRISE")
			.requestMatchers(HttpMethod.POST, "/applications/*/decisions").hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
			.requestMatchers(HttpMethod.GET, "/applications", "/applications/*", "/applications/*/materials/*")
				.hasAnyRole(ENTERPRISE_AND_OFFICIALS)
			.requestMatchers(HttpMethod.GET, "/applications/*/rounds", "/applications/*/self-checks/*/evidence/*")
				.hasAnyRole(ENTERPRISE_AND_OFFICIALS)
			.requestMatchers(HttpMethod.GET, "/whitelist/mine").hasRole("ENTERPRISE")
			.requestMatchers("/whitelist/import", "/whitelist/import/**").hasRole("CITY_OFFICIAL")
			.requestMatchers("/whitelist", "/whitelist/**").hasAnyRole(OFFICIALS)
			// workforce: the district sets the test rule; the rest is the enterprise's own
			.requestMatchers("/workforce/test-rule", "/workforce/test-rule/**").hasRole("DISTRICT_OFFICIAL")
			.requestMatchers("/workforce/**").hasRole("ENTERPRISE")
			// passes: a holder opens their own pass by its unguessable link, without an account
			.requestMatchers(HttpMethod.GET, "/p/*", "/p/*/qr.png", "/p/*/qr.svg").permitAll()
			.requestMatchers(HttpMethod.POST, "/p/*/health").permitAll()
			.requestMatchers("/passes", "/passes/**").hasRole("ENTERPRISE")
			// vehicle trips: enterprises register them, district officials decide, officials follow them
			.requestMatchers("/vehicles/drivers", "/vehicles/drivers/**").hasRole("DISTRICT_OFFICIAL")
			.requestMatchers("/vehicles/settings").hasRole("DISTRICT_OFFICIAL")
			.requestMatchers(HttpMethod.GET, "/vehicles/pass/*").hasAnyRole(ENTERPRISE_AND_OFFICIALS)
			.requestMatchers(HttpMethod.POST, "/vehicles/*/decisions").hasRole("DISTRICT_OFFICIAL")
			.requestMatchers("/vehicles/review", "/vehicles/review/**").hasAnyRole(OFFICIALS)
			.requestMatchers("/vehicles/new").hasRole("ENTERPRISE")
			.requestMatchers(HttpMethod.GET, "/vehicles/*").hasAnyRole(ENTERPRISE_AND_OFFICIALS)
			.requestMatchers("/vehicles", "/vehicles/**").hasRole("ENTERPRISE")
			// the gate: guards scan on /gate; officials keep checkpoints and read the scan log and vehicle traces
			// appeals: enterprises file (officials on their behalf), reply, close and reopen; the district assigns,
			// escalates to the city and transfers to departments; whoever holds an item answers it (the service says who)
			.requestMatchers("/appeals/new").hasRole("ENTERPRISE")
			.requestMatchers("/appeals/on-behalf").hasAnyRole(OFFICIALS)
			.requestMatchers(HttpMethod.GET, "/appeals/figures").hasAnyRole(OFFICIALS)
			.requestMatchers(HttpMethod.POST, "/appeals/*/close", "/appeals/*/reopen").hasRole("ENTERPRISE")
			.requestMatchers(HttpMethod.POST, "/appeals/*/assign", "/appeals/*/escalate").hasRole("DISTRICT_OFFICIAL")
			.requestMatchers(HttpMethod.POST, "/appeals/*/transfer").hasAnyRole(POLICY_MAKERS)
			.requestMatchers(HttpMethod.POST, "/appeals/*/notes", "/appeals/*/respond").hasAnyRole(DEMAND_HANDLERS)
			.requestMatchers(HttpMethod.POST, "/appeals/*/messages").hasAnyRole(DEMAND_READERS)
			.requestMatchers(HttpMethod.GET, "/appeals", "/appeals/*", "/appeals/*/attachments/*")
				.hasAnyRole(DEMAND_READERS)
			.requestMatchers(HttpMethod.GET, "/gate/sw.js", "/gate/manifest.webmanifest").permitAll()
			.requestMatchers("/gate/checkpoints", "/gate/checkpoints/**").hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
			.requestMatchers("/gate/scans", "/gate/scans/**", "/gate/vehicles", "/gate/vehicles/**")
				.hasAnyRole(OFFICIALS)
			.requestMatchers(HttpMethod.POST, "/gate/devices/shift").hasRole("DISTRICT_OFFICIAL")
			.requestMatchers("/gate/devices", "/gate/devices/**").hasAnyRole(OFFICIALS)
			.requestMatchers("/gate", "/gate/**").hasRole("GUARD")
			// grid inspections: the round and the inspection form on the inspector's phone, notices for all concerned
			.requestMatchers("/inspections/round", "/inspections/new", "/inspections/unapproved")
				.hasRole("TOWN_OFFICER")
			.requestMatchers("/inspections/teams", "/inspections/teams/**", "/inspections/sites")
				.hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
			.requestMatchers(HttpMethod.POST, "/inspections/cases/*").hasRole("DISTRICT_OFFICIAL")
			.requestMatchers(HttpMethod.GET, "/inspections/cases/*").hasAnyRole(OFFICIALS)
			.requestMatchers(HttpMethod.GET, "/inspections/figures", "/inspections/meeting", "/inspections/cases",
					"/inspections/stops").hasAnyRole(OFFICIALS)
			.requestMatchers(HttpMethod.GET, "/inspections/photos/*").hasAnyRole(ENTERPRISE_AND_OFFICIALS)
			.requestMatchers(HttpMethod.POST, "/rectifications/*/respond").hasRole("ENTERPRISE")
			.requestMatchers(HttpMethod.POST, "/rectifications/*/review").hasRole("TOWN_OFFICER")
			.requestMatchers(HttpMethod.POST, "/rectifications/*/stop", "/stops/*/lift").hasRole("DISTRICT_OFFICIAL")
			.requestMatchers(HttpMethod.GET, "/rectifications", "/rectifications/*", "/rectifications/*/pdf")
				.hasAnyRole(ENTERPRISE_AND_OFFICIALS)
			// outbreak sites (疫点): the district seals and unseals, district and towns disinfect, the enterprise reads its own
			.requestMatchers(HttpMethod.POST, "/outbreaks", "/outbreaks/*/unseal").hasRole("DISTRICT_OFFICIAL")
			.requestMatchers(HttpMethod.POST, "/outbreaks/*/disinfections").hasAnyRole("TOWN_OFFICER", "DISTRICT_OFFICIAL")
			.requestMatchers(HttpMethod.GET, "/outbreaks", "/outbreaks/*", "/outbreaks/*/photos/*")
				.hasAnyRole(ENTERPRISE_AND_OFFICIALS)
			// dashboards and daily feedback for officials; exports for officials and enterprises (each list says whose)
			.requestMatchers(HttpMethod.GET, "/dashboard", "/feedback").hasAnyRole(OFFICIALS)
			.requestMatchers(HttpMethod.POST, "/feedback/remind").hasAnyRole(OFFICIALS)
			.requestMatchers(HttpMethod.GET, "/exports/**").hasAnyRole(ENTERPRISE_AND_OFFICIALS)
			// market: posts are searched by every signed-in user; enterprises post and ask; officials oversee
			.requestMatchers("/market/new", "/market/mine").hasRole("ENTERPRISE")
			.requestMatchers(HttpMethod.POST, "/market/posts/*/contacts", "/market/posts/*/close",
					"/market/contacts/*/accept", "/market/contacts/*/decline").hasRole("ENTERPRISE")
			.requestMatchers(HttpMethod.POST, "/market/key-firms", "/market/key-firms/*/remove", "/market/coordination/*/take",
					"/market/coordination/*/notes", "/market/coordination/*/close").hasRole("DISTRICT_OFFICIAL")
			.requestMatchers(HttpMethod.GET, "/market/oversight").hasAnyRole(OFFICIALS)
			.requestMatchers(HttpMethod.GET, "/market", "/market/posts/*").authenticated()
			// shared trucks: carriers and booking enterprises act; officials read the pool of their region
			.requestMatchers("/trucks/new", "/trucks/mine", "/trucks/book").hasRole("ENTERPRISE")
			.requestMatchers(HttpMethod.POST, "/trucks/*/withdraw", "/trucks/bookings/*/confirm",
					"/trucks/bookings/*/decline", "/trucks/bookings/*/cancel").hasRole("ENTERPRISE")
			.requestMatchers(HttpMethod.GET, "/trucks/oversight").hasAnyRole(OFFICIALS)
			.requestMatchers(HttpMethod.GET, "/trucks", "/trucks/bookings/*").hasAnyRole(ENTERPRISE_AND_OFFICIALS)
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.hasAnyRole(API_DOCS_READERS)
			.requestMatchers("/").authenticated()
			.anyRequest().denyAll())
			.formLogin((form) -> form.loginPage("/login").failureUrl("/login?error").permitAll())
			// Scripts fetch /v3/api-docs with the same Basic credentials as the API; browsers get the login page,
			// and a plain 401 where Spring would send a Basic challenge.
			.httpBasic((basic) -> basic.realmName("fugong")
				.authenticationEntryPoint((request, response, ex) -> response.sendError(401)))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
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

	private static void write(Problems problems, HttpServletRequest request, HttpServletResponse response, int status,
			String detailKey) throws IOException {
		Locale locale = Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
		problems.write(response, problems.problem(status, detailKey, locale));
	}

}
