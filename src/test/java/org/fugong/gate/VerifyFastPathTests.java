package org.fugong.gate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fugong.security.CurrentUser;
import org.fugong.security.DeviceTokens;
import org.fugong.support.IntegrationTest;
import org.fugong.support.PassFixtures;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.whitelist.WhitelistLevel;
import org.fugong.whitelist.WhitelistService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A device's {@code POST /api/v1/gate/verify} is answered before the general chain
 * ({@link VerifyFastPath}): it must answer exactly as the controller does, with the
 * same security headers, and leave everything but the plain case to the normal path.
 */
@IntegrationTest
class VerifyFastPathTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	WhitelistService whitelist;

	@Autowired
	DeviceTokens devices;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilterRegistrationBean<VerifyFastPath> fastPath;

	private UserDetails owner;

	private UserDetails guard;

	private String device;

	@BeforeEach
	void whitelistedEnterpriseAndADevice() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.whitelist.add(as("songjiang"), enterprise.id(), WhitelistLevel.DISTRICT, "测试批", null);
		this.owner = this.users.loadUserByUsername(enterprise.username());
		this.guard = this.users.loadUserByUsername("guard1");
		this.device = this.devices.issue(as("guard1"), "测试手机");
	}

	@Test
	void aDeviceScanIsAnsweredByTheFastPathItselfAndLogged() throws Exception {
		String token = workerPass("钱七");
		String scanId = UUID.randomUUID().toString();
		MockHttpServletRequest request = new MockHttpServletRequest("POST", VerifyFastPath.PATH);
		request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + this.device);
		request.setContentType(MediaType.APPLICATION_JSON_VALUE);
		request.setContent(body(token, "IN", scanId).getBytes());
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.fastPath.getFilter().doFilter(request, response, chain);
		assertThat(chain.getRequest()).as("left to the normal chain").isNull();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(response.getContentAsString(), "$.verdict")).isEqualTo("VALID");
		assertThat(rows(scanId)).isEqualTo(1);
	}

	@Test
	void itAnswersWhatTheControllerAnswersWithTheSameHeaders() throws Exception {
		String token = workerPass("孙八");
		MvcResult viaSession = this.mvc.perform(post("/api/v1/gate/verify").with(user(this.guard))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(token, "IN", UUID.randomUUID().toString())))
			.andExpect(status().isOk())
			.andReturn();
		MvcResult viaDevice = this.mvc.perform(post("/api/v1/gate/verify").header(HttpHeaders.AUTHORIZATION,
				"Bearer " + this.device)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(token, "OUT", UUID.randomUUID().toString())))
			.andExpect(status().isOk())
			.andReturn();
		Map<String, Object> session = JsonPath.read(viaSession.getResponse().getContentAsString(), "$");
		Map<String, Object> fast = JsonPath.read(viaDevice.getResponse().getContentAsString(), "$");
		assertThat(fast.keySet()).isEqualTo(session.keySet());
		for (String field : List.of("verdict", "reason", "reasonText", "passType", "holder", "enterprise", "validFrom",
				"validTo", "passId", "checkpointId", "checkpoint", "alreadyScanned", "duplicate")) {
			assertThat(fast.get(field)).as(field).isEqualTo(session.get(field));
		}
		assertThat(fast.get("direction")).isEqualTo("OUT");
		assertThat(viaDevice.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);

		// The security headers of the API chain, as on any other answer to the device.
		MvcResult ping = this.mvc.perform(get("/api/v1/gate/ping").header(HttpHeaders.AUTHORIZATION,
				"Bearer " + this.device))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(securityHeaders(viaDevice)).isEqualTo(securityHeaders(ping)).containsKey("Content-Security-Policy");
	}

	@Test
	void theReasonIsInTheCallersLanguage() throws Exception {
		this.mvc.perform(post("/api/v1/gate/verify").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.device)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(workerPass("周九"), "IN", UUID.randomUUID().toString())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reasonText").value("The pass is valid"));
	}

	@Test
	void everythingButThePlainCaseIsAnsweredByTheNormalPath() throws Exception {
		// A token that is not a device's: 401 from Spring Security.
		this.mvc.perform(post("/api/v1/gate/verify").header(HttpHeaders.AUTHORIZATION, "Bearer fgd_forged")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("FG:AAAA", "IN", UUID.randomUUID().toString())))
			.andExpect(status().isUnauthorized());
		// Malformed JSON, a missing scan id, an unknown direction: 400 with the field.
		deviceScan("{\"qrText\": ").andExpect(status().isBadRequest());
		deviceScan("{\"qrText\": \"FG:AAAA\", \"direction\": \"IN\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scanId"));
		deviceScan("{\"qrText\": \"FG:AAAA\", \"direction\": \"SIDEWAYS\", \"scanId\": \"x1\"}")
			.andExpect(status().isBadRequest());
		// A body past what the fast path reads: the rest is replayed, and the size rule answers.
		String scanId = UUID.randomUUID().toString();
		deviceScan(body("FG:" + "A".repeat(6000), "IN", scanId)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("qrText"));
		assertThat(rows(scanId)).isZero();
		// A guard without a checkpoint: 422 in words.
		this.jdbc.update("""
				INSERT INTO app_user (username, password_hash, display_name, role, region_code, created_at)
				VALUES ('guard-fast-unbound', 'x', '未分配', 'GUARD', '310117105', now()) ON CONFLICT DO NOTHING
				""");
		String unbound = this.devices.issue(as("guard-fast-unbound"), null);
		this.mvc.perform(post("/api/v1/gate/verify").header(HttpHeaders.AUTHORIZATION, "Bearer " + unbound)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("FG:AAAA", "IN", UUID.randomUUID().toString())))
			.andExpect(status().isUnprocessableEntity());
	}

	private org.springframework.test.web.servlet.ResultActions deviceScan(String content) throws Exception {
		return this.mvc.perform(post("/api/v1/gate/verify").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.device)
			.contentType(MediaType.APPLICATION_JSON)
			.content(content));
	}

	private static Map<String, String> securityHeaders(MvcResult result) {
		Map<String, String> headers = new TreeMap<>();
		for (String name : List.of("X-Content-Type-Options", "X-XSS-Protection", "Cache-Control", "Pragma", "Expires",
				"X-Frame-Options", "Content-Security-Policy", "Referrer-Policy", "Strict-Transport-Security")) {
			String value = result.getResponse().getHeader(name);
			if (value != null) {
				headers.put(name, value);
			}
		}
		return headers;
	}

	private static String body(String code, String direction, String scanId) {
		return "{\"qrText\": \"" + code + "\", \"direction\": \"" + direction + "\", \"scanId\": \"" + scanId + "\"}";
	}

	private String workerPass(String name) throws Exception {
		long employee = PassFixtures.employee(this.mvc, this.owner, name, true);
		String answer = this.mvc.perform(post("/api/v1/passes/worker").with(user(this.owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"employeeId\": " + employee + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(answer, "$.qrText");
	}

	private int rows(String scanId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM gate_scan WHERE scan_id = ?", Integer.class, scanId);
	}

	private CurrentUser as(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
