package org.fugong.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fugong.common.Languages;
import org.fugong.common.Problems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

import static org.fugong.security.SecurityConfiguration.DEMAND_HANDLERS;
import static org.fugong.security.SecurityConfiguration.DEMAND_READERS;
import static org.fugong.security.SecurityConfiguration.ENTERPRISE_AND_OFFICIALS;
import static org.fugong.security.SecurityConfiguration.OFFICIALS;
import static org.fugong.security.SecurityConfiguration.POLICY_MAKERS;

/**
 * The JSON API's chain (/api/**), first in order: HTTP Basic, the gate's device
 * token or the browser session; 401/403 as problem+json and never a Basic
 * challenge; CSRF required whenever a live session comes with the request.
 * What it shares with the pages is in {@link SecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

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

	private static void write(Problems problems, HttpServletRequest request, HttpServletResponse response, int status,
			String detailKey) throws IOException {
		Locale locale = Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
		problems.write(response, problems.problem(status, detailKey, locale));
	}

}
