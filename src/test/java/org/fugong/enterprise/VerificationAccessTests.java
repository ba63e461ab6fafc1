package org.fugong.enterprise;

import java.util.Map;
import java.util.stream.Stream;

import org.fugong.support.AccessTable;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every verification page and endpoint against every role, as a table. The
 * enterprises wait for verification with their licences: {@code {xq}} in 新桥镇
 * (xinqiao's town, 松江区), {@code {jt}} in 九亭镇 (松江区, not xinqiao's town),
 * {@code {fx}} in 南桥镇 (奉贤区). demo-ent is another enterprise than any of them.
 * Requests that would change something carry an empty body, so they stop at
 * validation where the caller may decide, and at "not found" outside the region.
 */
@IntegrationTest
class VerificationAccessTests {

	private static final String TABLE = """
			# request                                  -   demo-ent xinqiao songjiang fengxian city guard1 admin
			GET /enterprises/verifications              302 403 200 200 200 403 403 403
			GET /enterprises/verifications?state=REJECTED&town=310117107&q=x&page=2 302 403 200 200 200 403 403 403
			GET /enterprises/{xq}/verification          302 403 200 200 404 403 403 403
			GET /enterprises/{jt}/verification          302 403 404 200 404 403 403 403
			GET /enterprises/{fx}/verification          302 403 404 404 200 403 403 403
			POST /enterprises/{xq}/verification         302 403 200 200 404 403 403 403
			POST /enterprises/{jt}/verification         302 403 404 200 404 403 403 403
			POST /enterprises/{fx}/verification         302 403 404 404 200 403 403 403
			GET /enterprises/{xq}/licence               302 403 200 200 404 200 403 403
			GET /enterprises/{jt}/licence               302 403 404 200 404 200 403 403
			GET /enterprises/{fx}/licence               302 403 404 404 200 200 403 403
			GET /enterprise/verification                302 200 403 403 403 403 403 403
			POST /api/v1/enterprises/{xq}/verification  401 403 400 400 404 403 403 403
			POST /api/v1/enterprises/{jt}/verification  401 403 404 400 404 403 403 403
			POST /api/v1/enterprises/{fx}/verification  401 403 404 404 400 403 403 403
			POST /api/v1/enterprises/999999999/verification 401 403 404 404 404 403 403 403
			GET /api/v1/enterprises/{xq}/licence        401 404 200 200 404 200 403 403
			GET /api/v1/enterprises/{jt}/licence        401 404 404 200 404 200 403 403
			GET /api/v1/enterprises/{fx}/licence        401 404 404 404 200 200 403 403
			GET /api/v1/enterprises?verification=PENDING&town=310117107 401 403 200 200 200 200 403 403
			""";

	private static Map<String, String> enterprises;

	private static Registered xinqiao;

	private static Registered fengxian;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void registerTheEnterprises() throws Exception {
		if (enterprises != null) {
			return;
		}
		xinqiao = Registrations.registerPending(this.mvc, "310117", "310117105");
		Registered jiuting = Registrations.registerPending(this.mvc, "310117", "310117107");
		fengxian = Registrations.registerPending(this.mvc, "310120", "310120101");
		enterprises = Map.of("{xq}", Long.toString(xinqiao.id()), "{jt}", Long.toString(jiuting.id()), "{fx}",
				Long.toString(fengxian.id()));
	}

	static Stream<Arguments> table() {
		return AccessTable.cases(TABLE);
	}

	@ParameterizedTest(name = "{0} {1} as {2} -> {3}")
	@MethodSource("table")
	void accessMatchesTheTable(String method, String path, String who, int expected) throws Exception {
		AccessTable.check(this.mvc, this.users, method, path, enterprises, who, expected);
	}

	@Test
	void anEnterpriseReadsAndCorrectsItsOwnLicenceOnlyAndDoesNotVerifyItself() throws Exception {
		RequestPostProcessor own = user(this.users.loadUserByUsername(xinqiao.username()));
		this.mvc.perform(get("/enterprise/licence").with(own)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/enterprises/{id}/licence", xinqiao.id()).with(own)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/enterprises/{id}/licence", fengxian.id()).with(own))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/enterprises/{id}/licence", xinqiao.id()).with(own)).andExpect(status().isForbidden());
		this.mvc.perform(multipart("/api/v1/enterprises/{id}/licence", fengxian.id())
			.file(new MockMultipartFile("file", "执照.pdf", "application/pdf", Registrations.LICENCE_PDF))
			.param("legalRepresentative", "冒充者")
			.with(own)).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/enterprises/{id}/verification", xinqiao.id()).with(own)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\": \"VERIFIED\"}")).andExpect(status().isForbidden());
		this.mvc.perform(get("/enterprises/verifications").with(own)).andExpect(status().isForbidden());
	}

}
