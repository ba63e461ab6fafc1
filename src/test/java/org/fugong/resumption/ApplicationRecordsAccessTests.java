package org.fugong.resumption;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.DemoData;
import org.fugong.support.AccessTable;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.fugong.resumption.Filing.basic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rounds and the reviewer's self-check of an application against every role,
 * as a table. {@code {xq}} is filed for the test by an enterprise of 新桥镇
 * (xinqiao's town, 松江区), with its self-check {@code {chk}} and an evidence item
 * {@code {code}}; {@code {jt}} is ent-jiuting's demo application (九亭镇, 松江区,
 * not xinqiao's town). demo-ent is another enterprise for both; the owners are
 * checked below the table.
 */
@IntegrationTest
class ApplicationRecordsAccessTests {

	private static final String TABLE = """
			# request                                                    -   demo-ent xinqiao songjiang fengxian city guard1 admin
			GET /applications/{xq}/rounds                                 302 404 200 200 404 200 403 403
			GET /applications/{jt}/rounds                                 302 404 404 200 404 200 403 403
			GET /applications/999999999/rounds                            302 404 404 404 404 404 403 403
			GET /applications/{xq}/self-checks/{chk}/evidence/{code}      302 404 200 200 404 200 403 403
			GET /applications/{jt}/self-checks/{chk}/evidence/{code}      302 404 404 404 404 404 403 403
			GET /api/v1/applications/{xq}/rounds                          401 404 200 200 404 200 403 403
			GET /api/v1/applications/{jt}/rounds                          401 404 404 200 404 200 403 403
			GET /api/v1/applications/999999999/rounds                     401 404 404 404 404 404 403 403
			GET /api/v1/applications/{xq}/self-checks/{chk}/evidence/{code} 401 404 200 200 404 200 403 403
			GET /api/v1/applications/{jt}/self-checks/{chk}/evidence/{code} 401 404 404 404 404 404 403 403
			GET /api/v1/applications/{xq}                                 401 404 200 200 404 200 403 403
			""";

	private static Map<String, String> records;

	private static Registered owner;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void fileTheApplication() throws Exception {
		if (records != null) {
			return;
		}
		owner = Filing.readyEnterprise(this.mvc);
		long xq = Filing.submitted(this.mvc, owner);
		String shown = this.mvc.perform(get("/api/v1/applications/" + xq).with(basic(owner)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> codes = JsonPath.read(shown, "$.selfCheck.answers[*].evidence[*].id");
		long jt = this.jdbc.queryForObject("""
				SELECT r.id FROM resumption_request r JOIN app_user u ON u.enterprise_id = r.enterprise_id
				WHERE u.username = 'ent-jiuting' ORDER BY r.id LIMIT 1""", Long.class);
		records = Map.of("{xq}", Long.toString(xq), "{jt}", Long.toString(jt), "{chk}",
				JsonPath.read(shown, "$.selfCheckId").toString(), "{code}", codes.get(0));
	}

	static Stream<Arguments> table() {
		return AccessTable.cases(TABLE);
	}

	@ParameterizedTest(name = "{0} {1} as {2} -> {3}")
	@MethodSource("table")
	void accessMatchesTheTable(String method, String path, String who, int expected) throws Exception {
		AccessTable.check(this.mvc, this.users, method, path, records, who, expected);
	}

	@Test
	void theOwnersSeeTheirOwn() throws Exception {
		String xq = records.get("{xq}");
		this.mvc.perform(get("/api/v1/applications/" + xq + "/rounds").with(basic(owner))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/applications/" + xq + "/self-checks/" + records.get("{chk}") + "/evidence/"
				+ records.get("{code}")).with(basic(owner))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/applications/" + records.get("{jt}") + "/rounds")
			.with(httpBasic("ent-jiuting", DemoData.PASSWORD))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/applications/" + xq + "/rounds").with(httpBasic("ent-jiuting", DemoData.PASSWORD)))
			.andExpect(status().isNotFound());
	}

}
