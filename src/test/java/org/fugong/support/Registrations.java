package org.fugong.support;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registers enterprises through the public API, as a real enterprise would.
 */
public final class Registrations {

	public static final String PASSWORD = "Test@2026pw";

	private Registrations() {
	}

	public record Registered(long id, String username, String creditCode) {
	}

	public static Registered register(MockMvc mvc, String districtCode, String townCode) throws Exception {
		String username = TestData.username("ent");
		String creditCode = TestData.creditCode();
		String body = mvc.perform(post("/api/v1/enterprises/register").contentType(MediaType.APPLICATION_JSON)
			.content(json(creditCode, username, districtCode, townCode)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new Registered(((Number) JsonPath.read(body, "$.id")).longValue(), username, creditCode);
	}

	public static String json(String creditCode, String username, String districtCode, String townCode) {
		return """
				{"creditCode": "%s", "name": "测试企业 %s", "districtCode": "%s", "townCode": "%s",
				 "address": "测试路 1 号", "industry": "MANUFACTURING", "staffCount": 120,
				 "aboveDesignatedSize": true, "foreignInvested": false, "contactName": "张三",
				 "contactPhone": "13800138000", "username": "%s", "password": "%s"}
				""".formatted(creditCode, username, districtCode, townCode, username, PASSWORD);
	}

}
