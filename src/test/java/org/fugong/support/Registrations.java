package org.fugong.support;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registers enterprises through the public API, as a real enterprise would, and
 * (for the tests of everything after registration) has the district's official
 * verify them through the verification endpoint.
 */
public final class Registrations {

	public static final String PASSWORD = "Test@2026pw";

	/** The demo district official who verifies a test enterprise of each district. */
	private static final Map<String, String> VERIFIERS = Map.of("310117", "songjiang", "310120", "fengxian");

	private Registrations() {
	}

	public record Registered(long id, String username, String creditCode, String name) {
	}

	/** A registered enterprise that its district has verified: it may do everything an enterprise does. */
	public static Registered register(MockMvc mvc, String districtCode, String townCode) throws Exception {
		Registered registered = registerPending(mvc, districtCode, townCode);
		verify(mvc, registered.id(), districtCode);
		return registered;
	}

	/** A registered enterprise with its licence handed in, waiting for verification. */
	public static Registered registerPending(MockMvc mvc, String districtCode, String townCode) throws Exception {
		String username = TestData.username("ent");
		String creditCode = TestData.creditCode();
		return registerPending(mvc, creditCode, "测试企业 " + username, username, districtCode, townCode);
	}

	/** The same with a given code and name (a squatter's registration of a real company's code). */
	public static Registered registerPending(MockMvc mvc, String creditCode, String name, String username,
			String districtCode, String townCode) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/enterprises/register");
		request.file(licence());
		Map.ofEntries(Map.entry("creditCode", creditCode), Map.entry("name", name),
				Map.entry("districtCode", districtCode), Map.entry("townCode", townCode),
				Map.entry("address", "测试路 1 号"), Map.entry("industry", "MANUFACTURING"),
				Map.entry("staffCount", "120"), Map.entry("aboveDesignatedSize", "true"),
				Map.entry("foreignInvested", "false"), Map.entry("contactName", "张三"),
				Map.entry("contactPhone", "13800138000"), Map.entry("legalRepresentative", "李四"),
				Map.entry("username", username), Map.entry("password", PASSWORD))
			.forEach(request::param);
		String body = mvc.perform(request.with(csrf()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new Registered(((Number) JsonPath.read(body, "$.id")).longValue(), username, creditCode, name);
	}

	/** The district's official verifies the enterprise. */
	public static void verify(MockMvc mvc, long enterpriseId, String districtCode) throws Exception {
		String official = VERIFIERS.get(districtCode);
		if (official == null) {
			throw new IllegalArgumentException("No demo official verifies enterprises of district " + districtCode);
		}
		UserDetailsService users = mvc.getDispatcherServlet()
			.getWebApplicationContext()
			.getBean(UserDetailsService.class);
		mvc.perform(post("/api/v1/enterprises/{id}/verification", enterpriseId).with(csrf())
			.with(user(users.loadUserByUsername(official)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\": \"VERIFIED\"}")).andExpect(status().isOk());
	}

	/** A business licence as a scan would be: a (tiny) PDF, which the store recognizes by its content. */
	public static MockMultipartFile licence() {
		return new MockMultipartFile("licence", "营业执照.pdf", "application/pdf", LICENCE_PDF);
	}

	public static final byte[] LICENCE_PDF = SelfChecks.PDF;

	public static String json(String creditCode, String username, String districtCode, String townCode) {
		return """
				{"creditCode": "%s", "name": "测试企业 %s", "districtCode": "%s", "townCode": "%s",
				 "address": "测试路 1 号", "industry": "MANUFACTURING", "staffCount": 120,
				 "aboveDesignatedSize": true, "foreignInvested": false, "contactName": "张三",
				 "contactPhone": "13800138000", "username": "%s", "password": "%s"}
				""".formatted(creditCode, username, districtCode, townCode, username, PASSWORD);
	}

}
