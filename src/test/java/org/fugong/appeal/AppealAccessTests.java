package org.fugong.appeal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.DemoData;
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
 * Every appeal page and endpoint against every role, as a table. The items are
 * filed for the test: {@code {xq}} by demo-ent (新桥镇, xinqiao's town, 松江区);
 * {@code {jt}} by ent-jiuting (九亭镇, 松江区), not xinqiao's town and not assigned
 * to xinqiao; {@code {jtx}} by ent-jiuting and assigned to xinqiao; {@code {fx}} by
 * ent-nanqiao (奉贤区); {@code {tr}} by ent-jiuting, transferred to 经信 (jingxin's
 * department); {@code {esc}} by ent-jiuting, escalated to the city. Requests that would change something carry an empty body,
 * so they stop at validation (400) where the role may make them; a page that
 * shows the errors loads the item first, so an item the caller may not see is 404.
 */
@IntegrationTest
class AppealAccessTests {

	private static final String TABLE = """
			# request                                   -   demo-ent xinqiao songjiang fengxian city guard1 admin jingxin
			GET /appeals                                 302 200 200 200 200 200 403 403 200
			GET /appeals/new                             302 200 403 403 403 403 403 403
			POST /appeals/new                            302 400 403 403 403 403 403 403
			GET /appeals/on-behalf                       302 403 200 200 200 200 403 403 403
			POST /appeals/on-behalf                      302 403 400 400 400 400 403 403 403
			GET /appeals/figures                         302 403 200 200 200 200 403 403 403
			GET /appeals/{xq}                            302 200 200 200 404 200 403 403 404
			GET /appeals/{jt}                            302 404 404 200 404 200 403 403 404
			GET /appeals/{jtx}                           302 404 200 200 404 200 403 403 404
			GET /appeals/{fx}                            302 404 404 404 200 200 403 403 404
			GET /appeals/{tr}                            302 404 404 200 404 200 403 403 200
			GET /appeals/{esc}                           302 404 404 200 404 200 403 403 404
			GET /appeals/999999999                       302 404 404 404 404 404 403 403 404
			POST /appeals/{xq}/messages                  302 400 400 400 404 400 403 403 404
			POST /appeals/{jt}/messages                  302 404 404 400 404 400 403 403 404
			POST /appeals/{tr}/messages                  302 404 404 400 404 400 403 403 400
			POST /appeals/{xq}/notes                     302 403 400 400 404 400 403 403 404
			POST /appeals/{jtx}/notes                    302 403 400 400 404 400 403 403 404
			POST /appeals/{jt}/notes                     302 403 404 400 404 400 403 403 404
			POST /appeals/{tr}/notes                     302 403 404 400 404 400 403 403 400
			POST /appeals/{xq}/assign                    302 403 403 400 404 403 403 403
			POST /appeals/{xq}/escalate                  302 403 403 400 404 403 403 403 403
			POST /appeals/{xq}/transfer                  302 403 403 400 404 400 403 403 403
			POST /appeals/{xq}/respond                   302 403 400 400 404 400 403 403 404
			POST /appeals/{jt}/respond                   302 403 404 400 404 400 403 403 404
			POST /appeals/{tr}/respond                   302 403 404 400 404 400 403 403 400
			POST /appeals/{xq}/close                     302 400 403 403 403 403 403 403
			POST /appeals/{jt}/close                     302 404 403 403 403 403 403 403
			POST /appeals/{xq}/reopen                    302 400 403 403 403 403 403 403
			POST /appeals/{jt}/reopen                    302 404 403 403 403 403 403 403
			GET /appeals/{xq}/attachments/0              302 404 404 404 404 404 403 403 404
			GET /appeals/{tr}/attachments/0              302 404 404 404 404 404 403 403 404
			GET /api/v1/appeals                          401 200 200 200 200 200 403 403 200
			POST /api/v1/appeals                         401 400 400 400 400 400 403 403 403
			GET /api/v1/appeals/departments              401 403 200 200 200 200 403 403 403
			GET /api/v1/appeals/{xq}                     401 200 200 200 404 200 403 403 404
			GET /api/v1/appeals/{jt}                     401 404 404 200 404 200 403 403 404
			GET /api/v1/appeals/{jtx}                    401 404 200 200 404 200 403 403 404
			GET /api/v1/appeals/{fx}                     401 404 404 404 200 200 403 403 404
			GET /api/v1/appeals/{tr}                     401 404 404 200 404 200 403 403 200
			GET /api/v1/appeals/{esc}                    401 404 404 200 404 200 403 403 404
			GET /api/v1/appeals/999999999                401 404 404 404 404 404 403 403 404
			POST /api/v1/appeals/{xq}/messages           401 400 400 400 400 400 403 403 400
			POST /api/v1/appeals/{xq}/notes              401 403 400 400 400 400 403 403 400
			POST /api/v1/appeals/{xq}/assign             401 403 403 400 400 403 403 403
			POST /api/v1/appeals/{xq}/escalate           401 403 403 400 400 403 403 403 403
			POST /api/v1/appeals/{xq}/transfer           401 403 403 400 400 400 403 403 403
			POST /api/v1/appeals/{xq}/respond            401 403 400 400 400 400 403 403 400
			POST /api/v1/appeals/{xq}/close              401 400 403 403 403 403 403 403
			POST /api/v1/appeals/{xq}/reopen             401 400 403 403 403 403 403 403
			POST /api/v1/appeals/{xq}/attachments        401 415 403 403 403 403 403 403
			GET /api/v1/stats/appeals                    401 403 200 200 200 200 403 403
			GET /api/v1/stats/appeals?region=310120      401 403 404 404 200 200 403 403
			GET /api/v1/stats/appeals?region=310117107   401 403 404 200 404 200 403 403
			GET /api/v1/holidays                         401 200 200 200 200 200 200 200
			GET /admin/holidays                          302 403 403 403 403 403 403 200
			POST /admin/holidays                         302 403 403 403 403 403 403 200
			POST /admin/holidays/2099-01-01/delete       302 403 403 403 403 403 403 404
			GET /admin/departments                       302 403 403 403 403 403 403 200 403
			POST /admin/departments                      302 403 403 403 403 403 403 400 403
			POST /admin/departments/nobody/remove        302 403 403 403 403 403 403 404 403
			""";


	private static Map<String, String> items;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void fileTheItems() throws Exception {
		if (items != null) {
			return;
		}
		String xq = file("demo-ent");
		String jt = file("ent-jiuting");
		String jtx = file("ent-jiuting");
		this.mvc.perform(post("/api/v1/appeals/" + jtx + "/assign").with(httpBasic("songjiang", DemoData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"assignee\": \"xinqiao\"}")).andExpect(status().isOk());
		String fx = file("ent-nanqiao");
		String tr = file("ent-jiuting");
		this.mvc.perform(post("/api/v1/appeals/" + tr + "/transfer").with(httpBasic("songjiang", DemoData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"department\": \"ECONOMY\", \"reason\": \"涉及企业用电指标\"}")).andExpect(status().isOk());
		String esc = file("ent-jiuting");
		this.mvc.perform(post("/api/v1/appeals/" + esc + "/escalate").with(httpBasic("songjiang", DemoData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"跨区物流，区内无法协调\"}")).andExpect(status().isOk());
		items = Map.of("{xq}", xq, "{jt}", jt, "{jtx}", jtx, "{fx}", fx, "{tr}", tr, "{esc}", esc);
	}

	static Stream<Arguments> table() {
		return AccessTable.cases(TABLE);
	}

	@ParameterizedTest(name = "{0} {1} as {2} -> {3}")
	@MethodSource("table")
	void accessMatchesTheTable(String method, String path, String who, int expected) throws Exception {
		AccessTable.check(this.mvc, this.users, method, path, items, who, expected);
	}

	private String file(String username) throws Exception {
		String body = this.mvc.perform(post("/api/v1/appeals").with(httpBasic(username, DemoData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"LOGISTICS\", \"subject\": \"访问测试\", \"content\": \"货车进不了园区\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Long.toString(((Number) JsonPath.read(body, "$.id")).longValue());
	}

}
