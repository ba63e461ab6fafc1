package org.fugong.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.fugong.FugongApplication;
import org.fugong.common.UnsafeConfigurationException;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16, points 1 and 7 (configuration): no demo key outside the demo, no Basic
 * challenge to browsers, CSRF whenever a session comes along, API docs for
 * officials and administrators, 30-minute idle sessions, Secure cookies over HTTPS.
 */
@IntegrationTest
class KeysAndConfigHardeningTests {

	private static final String ELSEWHERE = "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/nowhere";

	private static final String DEMO_DATA_KEY = "VcqWe/QdaxVCkz4VxXMOszlxYhHa1vMhd1uY/58PzpQ=";

	private static final String GOOD_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
		.getBytes(StandardCharsets.US_ASCII));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	@Test
	void withADatabaseConfiguredTheAppRefusesToStartWithoutItsKeys() {
		assertRefused("FUGONG_DATA_KEY is not set", ELSEWHERE, "--FUGONG_PASS_KEY_ENCRYPTION_KEY=" + GOOD_KEY);
		assertRefused("FUGONG_PASS_KEY_ENCRYPTION_KEY is not set", ELSEWHERE, "--FUGONG_DATA_KEY=" + GOOD_KEY);
	}

	@Test
	void theDemoKeyOrAKeyOfTheWrongSizeIsRefusedOutsideTheDemo() {
		assertRefused("FUGONG_DATA_KEY is the demo key", ELSEWHERE, "--FUGONG_DATA_KEY=" + DEMO_DATA_KEY,
				"--FUGONG_PASS_KEY_ENCRYPTION_KEY=" + GOOD_KEY);
		assertRefused("FUGONG_DATA_KEY must be 32 bytes", ELSEWHERE,
				"--FUGONG_DATA_KEY=" + Base64.getEncoder().encodeToString(new byte[16]),
				"--FUGONG_PASS_KEY_ENCRYPTION_KEY=" + GOOD_KEY);
		// The embedded database with the demo turned off is a real deployment too.
		assertRefused("FUGONG_PASS_KEY_ENCRYPTION_KEY is not set", "--fugong.demo.enabled=false",
				"--FUGONG_DATA_KEY=" + GOOD_KEY);
	}

	private static void assertRefused(String message, String... args) {
		SpringApplication application = new SpringApplication(FugongApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatThrownBy(() -> application.run(args)).isInstanceOf(UnsafeConfigurationException.class)
			.hasMessageContaining(message)
			.satisfies((ex) -> assertThat(((UnsafeConfigurationException) ex).action())
				.contains("openssl rand -base64 32"));
	}

	@Test
	void theApiSendsNoBasicChallengeToBrowsers() throws Exception {
		this.mvc.perform(get("/api/v1/me").accept(MediaType.TEXT_HTML, MediaType.ALL))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("demo-ent", "wrong password")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"));
		this.mvc.perform(get("/v3/api-docs").accept(MediaType.APPLICATION_JSON))
			.andExpect(header().doesNotExist("WWW-Authenticate"));
	}

	@Test
	void basicCredentialsBesideASessionCookieStillNeedTheCsrfToken() throws Exception {
		Registrations.Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		jakarta.servlet.http.Cookie session = this.mvc.perform(formLogin().user(ent.username()).password(Registrations.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		// Verifying the enterprise changed it: the update carries the version it has now.
		Number version = com.jayway.jsonpath.JsonPath.read(this.mvc
			.perform(get("/api/v1/enterprises/" + ent.id()).with(httpBasic(ent.username(), Registrations.PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.version");
		String body = "{\"name\":\"跨站改名\",\"address\":\"地址\",\"industry\":\"MANUFACTURING\",\"staffCount\":10,"
				+ "\"contactName\":\"张三\",\"contactPhone\":\"13800138000\",\"version\":" + version + "}";
		this.mvc.perform(put("/api/v1/enterprises/" + ent.id()).cookie(session)
			.with(httpBasic(ent.username(), Registrations.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("CSRF")));
		this.mvc.perform(put("/api/v1/enterprises/" + ent.id()).cookie(session)
			.with(httpBasic(ent.username(), Registrations.PASSWORD))
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk());
	}

	@Test
	void theApiDocsAreForOfficialsAndAdministrators() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(httpBasic("demo-ent", "Fugong@2026"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/v3/api-docs").with(httpBasic("guard1", "Fugong@2026"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/swagger-ui.html").with(httpBasic("demo-ent", "Fugong@2026")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/v3/api-docs").with(httpBasic("xinqiao", "Fugong@2026"))).andExpect(status().isOk());
		this.mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "Fugong@2026"))).andExpect(status().isOk());
	}

	@Test
	void sessionsIdleOutAfterThirtyMinutes() throws Exception {
		jakarta.servlet.http.Cookie session = this.mvc.perform(formLogin().user("demo-ent").password("Fugong@2026"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		Integer seconds = this.jdbc.queryForObject(
				"SELECT max_inactive_interval FROM spring_session WHERE session_id = ?", Integer.class, id);
		assertThat(seconds).isEqualTo(30 * 60);
	}

	/**
	 * The embedded server's session cookie (Boot maps {@code server.servlet.session.*}
	 * onto Spring Session's cookie there; MockMvc has no server, so the binding is
	 * what is checked): HttpOnly, SameSite=Lax, and {@code secure} left to the
	 * request, which is secure behind a trusted proxy that says https.
	 */
	@Test
	void theSessionCookieIsSecureWhenTheRequestCameOverHttpsAndSessionsIdleOut() {
		ServerProperties server = Binder.get(this.environment).bind("server", ServerProperties.class).get();
		Cookie cookie = server.getServlet().getSession().getCookie();
		assertThat(cookie.getHttpOnly()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo(Cookie.SameSite.LAX);
		assertThat(cookie.getSecure()).as("unset: Secure whenever the request is").isNull();
		assertThat(server.getForwardHeadersStrategy()).isEqualTo(ServerProperties.ForwardHeadersStrategy.NATIVE);
		assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
		assertThat(this.environment.getProperty("spring.session.timeout", Duration.class))
			.isEqualTo(Duration.ofMinutes(30));
	}

}
