package org.fugong.security;

import jakarta.servlet.http.Cookie;

import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CsrfTests {

	@Autowired
	MockMvc mvc;

	@Test
	void formsWithoutTheTokenAreRefused() throws Exception {
		this.mvc.perform(post("/register").param("creditCode", TestData.creditCode()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/login").param("username", "admin").param("password", "Fugong@2026"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/register").with(csrf().useInvalidToken()).param("creditCode", TestData.creditCode()))
			.andExpect(status().isForbidden());
	}

	@Test
	void apiCallsWithTheSessionCookieNeedTheToken() throws Exception {
		Registrations.Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		Cookie session = this.mvc.perform(formLogin().user(ent.username()).password(Registrations.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		String body = "{\"name\":\"新名字\",\"address\":\"地址\",\"industry\":\"MANUFACTURING\",\"staffCount\":10,"
				+ "\"contactName\":\"张三\",\"contactPhone\":\"13800138000\",\"version\":" + version(ent) + "}";
		this.mvc.perform(put("/api/v1/enterprises/" + ent.id()).cookie(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("CSRF")));
		this.mvc.perform(put("/api/v1/enterprises/" + ent.id()).cookie(session)
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("新名字"));
	}

	@Test
	void httpBasicCallsNeedNoToken() throws Exception {
		Registrations.Registered ent = Registrations.register(this.mvc, "310117", "310117105");
		String body = "{\"name\":\"脚本改名\",\"address\":\"地址\",\"industry\":\"MANUFACTURING\",\"staffCount\":10,"
				+ "\"contactName\":\"张三\",\"contactPhone\":\"13800138000\",\"version\":" + version(ent) + "}";
		this.mvc.perform(put("/api/v1/enterprises/" + ent.id()).with(httpBasic(ent.username(), Registrations.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk());
	}

	/** The profile's version as the enterprise reads it (registration and verification have moved it on). */
	private Object version(Registrations.Registered ent) throws Exception {
		return com.jayway.jsonpath.JsonPath.read(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/enterprises/" + ent.id())
				.with(httpBasic(ent.username(), Registrations.PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.version");
	}

}
