package org.fugong.market;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.DemoData;
import org.fugong.security.AccountService;
import org.fugong.support.AccessTable;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every market page and endpoint against every role, as a table. {@code {xq}}
 * and {@code {xq2}} are demo-ent's posts (新桥镇, 松江区), {@code {jt}}
 * ent-jiuting's (九亭镇, 松江区), {@code {fx}} ent-nanqiao's (奉贤区). Contact
 * requests to demo-ent's posts: {@code {c1}} to {@code {c4}} (demo-ent answers
 * them); {@code {cjt}} is demo-ent's own request to ent-jiuting's post, which
 * only ent-jiuting may answer; {@code {q}} is 松江区's demo coordination item. Writes carry an empty body and stop at
 * validation (400) where the role may make them.
 */
@IntegrationTest
class MarketAccessTests {

	private static final String TABLE = """
			# request                                   -   demo-ent xinqiao songjiang fengxian city guard1 admin
			GET /market                                  302 200 200 200 200 200 200 200
			GET /market?kind=NOPE                        302 200 200 200 200 200 200 200
			GET /market/new                              302 200 403 403 403 403 403 403
			POST /market/new                             302 400 403 403 403 403 403 403
			GET /market/mine                             302 200 403 403 403 403 403 403
			GET /market/posts/{xq}                       302 200 200 200 200 200 200 200
			GET /market/posts/{fx}                       302 200 200 200 200 200 200 200
			GET /market/posts/999999999                  302 404 404 404 404 404 404 404
			POST /market/posts/{jt}/contacts             302 400 403 403 403 403 403 403
			POST /market/posts/{xq}/close                302 400 403 403 403 403 403 403
			POST /market/posts/{jt}/close                302 404 403 403 403 403 403 403
			POST /market/contacts/{c1}/accept            302 302 403 403 403 403 403 403
			POST /market/contacts/{c2}/decline           302 302 403 403 403 403 403 403
			POST /market/contacts/{cjt}/accept           302 404 403 403 403 403 403 403
			POST /market/contacts/999999999/decline      302 404 403 403 403 403 403 403
			GET /market/oversight                        302 403 200 200 200 200 403 403
			POST /market/key-firms                       302 403 403 400 400 403 403 403
			POST /market/key-firms/{entfx}/remove        302 403 403 404 404 403 403 403
			GET /exports/market-posts.xlsx               302 403 200 200 200 200 403 403
			GET /api/v1/market/posts                     401 200 200 200 200 200 200 200
			GET /api/v1/market/posts?category=NOPE       401 400 400 400 400 400 400 400
			POST /api/v1/market/posts                    401 400 403 403 403 403 403 403
			GET /api/v1/market/posts/{xq}                401 200 200 200 200 200 200 200
			GET /api/v1/market/posts/999999999           401 404 404 404 404 404 404 404
			GET /api/v1/market/posts/{xq}/matches        401 200 403 403 403 403 403 403
			GET /api/v1/market/posts/{jt}/matches        401 404 403 403 403 403 403 403
			POST /api/v1/market/posts/{jt}/contacts      401 400 403 403 403 403 403 403
			POST /api/v1/market/posts/{xq}/close         401 400 403 403 403 403 403 403
			POST /api/v1/market/contacts/{c3}/accept     401 200 403 403 403 403 403 403
			POST /api/v1/market/contacts/{c4}/decline    401 200 403 403 403 403 403 403
			POST /api/v1/market/contacts/{cjt}/decline   401 404 403 403 403 403 403 403
			GET /api/v1/market/mine                      401 200 403 403 403 403 403 403
			GET /api/v1/market/oversight                 401 403 200 200 200 200 403 403
			GET /api/v1/market/unanswered                401 403 200 200 200 200 403 403
			GET /api/v1/stats/market                     401 403 200 200 200 200 403 403
			GET /api/v1/market/key-firms                 401 403 200 200 200 200 403 403
			GET /api/v1/market/coordination              401 403 200 200 200 200 403 403
			POST /api/v1/market/coordination/{q}/take    401 403 403 204 404 403 403 403
			POST /api/v1/market/coordination/{q}/notes   401 403 403 400 400 403 403 403
			POST /api/v1/market/coordination/{q}/close   401 403 403 400 400 403 403 403
			POST /market/coordination/{q}/take           302 403 403 302 404 403 403 403
			POST /market/coordination/{q}/notes          302 403 403 302 404 403 403 403
			POST /market/coordination/{q}/close          302 403 403 302 404 403 403 403
			POST /api/v1/market/key-firms                401 403 403 400 400 403 403 403
			POST /api/v1/market/key-firms/{entfx}/remove 401 403 403 404 404 403 403 403
			""";

	private static Map<String, String> items;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountService accounts;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeEach
	void postTheItems() throws Exception {
		if (items != null) {
			return;
		}
		Map<String, String> made = new HashMap<>();
		made.put("{xq}", newPost("demo-ent", "DEMAND"));
		made.put("{xq2}", newPost("demo-ent", "DEMAND"));
		made.put("{jt}", newPost("ent-jiuting", "SUPPLY"));
		made.put("{fx}", newPost("ent-nanqiao", "SUPPLY"));
		made.put("{c1}", contact("ent-jiuting", made.get("{xq}")));
		made.put("{c2}", contact("ent-sijing", made.get("{xq}")));
		made.put("{c3}", contact("ent-jiuting", made.get("{xq2}")));
		made.put("{c4}", contact("ent-sijing", made.get("{xq2}")));
		made.put("{cjt}", contact("demo-ent", made.get("{jt}")));
		made.put("{q}", this.jdbc.queryForObject("SELECT min(id)::text FROM market_coordination WHERE district_code = '310117'",
				String.class));
		made.put("{entfx}", Long.toString(this.accounts.find("ent-nanqiao").orElseThrow().enterpriseId()));
		items = Map.copyOf(made);
	}

	static Stream<Arguments> table() {
		return AccessTable.cases(TABLE);
	}

	@ParameterizedTest(name = "{0} {1} as {2} -> {3}")
	@MethodSource("table")
	void accessMatchesTheTable(String method, String path, String who, int expected) throws Exception {
		AccessTable.check(this.mvc, this.users, method, path, items, who, expected);
	}

	private String newPost(String username, String kind) throws Exception {
		String body = """
				{"kind": "%s", "category": "PACKAGING", "title": "访问测试纸箱", "description": "访问测试",
				 "quantity": 100, "unit": "个", "validUntil": "%s"}""".formatted(kind, LocalDate.now().plusDays(10));
		return id(this.mvc.perform(post("/api/v1/market/posts").with(httpBasic(username, DemoData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private String contact(String username, String postId) throws Exception {
		return id(this.mvc.perform(post("/api/v1/market/posts/" + postId + "/contacts")
			.with(httpBasic(username, DemoData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\": \"访问测试联系\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static String id(String body) {
		return Long.toString(((Number) JsonPath.read(body, "$.id")).longValue());
	}

}
