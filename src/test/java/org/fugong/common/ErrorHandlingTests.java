package org.fugong.common;

import jakarta.servlet.RequestDispatcher;

import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ErrorHandlingTests {

	@Autowired
	MockMvc mvc;

	@Test
	void errorPagesRenderInTheLayoutWithoutInternals() throws Exception {
		for (int code : new int[] { 403, 404, 409, 400, 500 }) {
			this.mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals")))
				.andExpect(status().is(code))
				.andExpect(content().string(containsString("复工复产服务平台")))
				.andExpect(content().string(not(containsString("secret internals"))))
				.andExpect(content().string(not(containsString("Exception"))));
		}
	}

	@Test
	void errorPagesSpeakEnglishOnRequest() throws Exception {
		this.mvc.perform(get("/error").param("lang", "en")
			.accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere"))
			.andExpect(content().string(containsString("Page not found")));
	}

	@Test
	void apiErrorsAreProblemJsonEvenForHtmlClients() throws Exception {
		this.mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/anything"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("服务器内部错误"));
		this.mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/anything"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void aMistypedBodyNamesTheFieldAndTheValuesAllowedInTheCallersLanguage() throws Exception {
		String body = Registrations.json(TestData.creditCode(), TestData.username("ent"), "310117", "310117105")
			.replace("\"MANUFACTURING\"", "\"制造业\"");
		this.mvc.perform(post("/api/v1/enterprises/register").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("industry"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("可选值")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("MANUFACTURING")));
		this.mvc.perform(post("/api/v1/enterprises/register").header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("\"制造业\"", "\"MANUFACTURING\"").replace("\"staffCount\": 120", "\"staffCount\": \"many\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("staffCount"))
			.andExpect(jsonPath("$.errors[0].message").value("The format is not valid."));
		this.mvc.perform(post("/api/v1/enterprises/register").contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("请求体不是有效的 JSON，或字段类型不正确。"));
	}

	@Test
	void unauthenticatedApiCallsGetProblemJsonNotALoginRedirect() throws Exception {
		this.mvc.perform(get("/api/v1/me").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Not signed in or bad credentials"));
	}

	@Test
	@WithUserDetails("demo-ent")
	void forbiddenApiCallsGetProblemJson() throws Exception {
		this.mvc.perform(get("/api/v1/enterprises"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
	}

	@Test
	void malformedJsonIsA400() throws Exception {
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/enterprises/register")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("JSON")));
	}

	@Test
	void securityHeadersAreSet() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

	@Test
	void theOpenApiDocumentDescribesTheApiForScriptsWithBasicCredentials() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.httpBasic("city", "Fugong@2026")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/policies']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/enterprises/register']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/self-checks']").exists());
		this.mvc.perform(get("/v3/api-docs").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
	}

	@Test
	void healthIsPublicAndSaysOnlyTheStatus() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist())
			.andExpect(jsonPath("$.groups").doesNotExist())
			.andExpect(jsonPath("$.details").doesNotExist());
	}

	@Test
	void loginPageIsChineseByDefaultAndEnglishOnRequest() throws Exception {
		this.mvc.perform(get("/login")).andExpect(content().string(containsString("登录")));
		this.mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Sign in")));
	}

}
