package org.fugong.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Passes the self-check through the API, as an enterprise that did everything would.
 */
public final class SelfChecks {

	public static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	private SelfChecks() {
	}

	public static void pass(MockMvc mvc, String username, String password) throws Exception {
		String template = mvc.perform(get("/api/v1/self-checks/template").with(httpBasic(username, password)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Map<String, Object>> items = JsonPath.read(template, "$.items");
		StringBuilder json = new StringBuilder("{\"staffOnSite\": 150, \"hasDormitory\": true, \"hasCanteen\": true,"
				+ " \"importedGoods\": true, \"hasVehicles\": true, \"answers\": [");
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/self-checks");
		for (int i = 0; i < items.size(); i++) {
			Map<String, Object> item = items.get(i);
			json.append(i > 0 ? "," : "").append("{\"code\":\"").append(item.get("code")).append("\",\"satisfied\":true");
			if ("NOTE".equals(item.get("evidence"))) {
				json.append(",\"note\":\"负责人：张三\"");
			}
			json.append("}");
			if ("FILE".equals(item.get("evidence"))) {
				request.file(new MockMultipartFile("evidence-" + item.get("code"), "证明.pdf", "application/pdf", PDF));
			}
		}
		json.append("]}");
		request.file(new MockMultipartFile("check", "", MediaType.APPLICATION_JSON_VALUE,
				json.toString().getBytes(StandardCharsets.UTF_8)));
		mvc.perform(request.with(httpBasic(username, password)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.passed").value(true));
	}

}
