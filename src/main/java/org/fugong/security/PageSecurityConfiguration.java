package org.fugong.security;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static org.fugong.security.SecurityConfiguration.API_DOCS_READERS;
import static org.fugong.security.SecurityConfiguration.DEMAND_HANDLERS;
import static org.fugong.security.SecurityConfiguration.DEMAND_READERS;
import static org.fugong.security.SecurityConfiguration.ENTERPRISE_AND_OFFICIALS;
import static org.fugong.security.SecurityConfiguration.OFFICIALS;
import static org.fugong.security.SecurityConfiguration.POLICY_MAKERS;

/**
 * The pages' chain, after the API's: everything else, with our login form and
 * CSRF on every form. What it shares with the API is in {@link SecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurityConfiguration {

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

}
