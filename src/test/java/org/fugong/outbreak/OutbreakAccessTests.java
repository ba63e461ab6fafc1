package org.fugong.outbreak;

import java.util.Map;
import java.util.stream.Stream;

import org.fugong.support.AccessTable;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every outbreak page and endpoint against every role. {@code {case}} is the
 * demo's closed case of 上海九亭电子科技 (松江区, 九亭镇: songjiang's district, not
 * xinqiao's town, not demo-ent's enterprise). Writes carry an empty body, so
 * they stop at validation. The own enterprise is checked below the table; the
 * own town in {@link OutbreakFlowTests}.
 */
@IntegrationTest
class OutbreakAccessTests {

	private static final String TABLE = """
			# request                                        -   demo-ent xinqiao songjiang fengxian city guard1 admin
			POST /api/v1/outbreaks                           401 403 403 400 400 403 403 403
			GET /api/v1/outbreaks                            401 200 200 200 200 200 403 403
			GET /api/v1/outbreaks/{case}                     401 404 404 200 404 200 403 403
			GET /api/v1/outbreaks/999999999                  401 404 404 404 404 404 403 403
			POST /api/v1/outbreaks/{case}/disinfections      401 403 404 400 404 403 403 403
			POST /api/v1/outbreaks/{case}/unseal             401 403 403 400 404 403 403 403
			GET /api/v1/outbreaks/{case}/photos/999999999    401 404 404 404 404 404 403 403
			GET /outbreaks                                   302 200 200 200 200 200 403 403
			POST /outbreaks                                  302 403 403 302 302 403 403 403
			GET /outbreaks/{case}                            302 404 404 200 404 200 403 403
			POST /outbreaks/{case}/disinfections             302 403 404 302 404 403 403 403
			POST /outbreaks/{case}/unseal                    302 403 403 302 404 403 403 403
			GET /outbreaks/{case}/photos/999999999           302 404 404 404 404 404 403 403
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	private Map<String, String> records;

	private long caseId;

	@BeforeEach
	void findDemoCase() {
		this.caseId = this.jdbc.queryForObject("""
				SELECT min(c.id) FROM outbreak_case c JOIN enterprise e ON e.id = c.enterprise_id
				WHERE e.name = '上海九亭电子科技有限公司'
				""", Long.class);
		this.records = Map.of("{case}", Long.toString(this.caseId));
	}

	static Stream<Arguments> table() {
		return AccessTable.cases(TABLE);
	}

	@ParameterizedTest(name = "{0} {1} as {2} -> {3}")
	@MethodSource("table")
	void access(String method, String path, String who, int expected) throws Exception {
		AccessTable.check(this.mvc, this.users, method, path, this.records, who, expected);
	}

	@Test
	void theEnterpriseReadsItsOwnCase() throws Exception {
		var owner = user(this.users.loadUserByUsername("ent-jiuting"));
		this.mvc.perform(get("/api/v1/outbreaks/{id}", this.caseId).with(owner)).andExpect(status().isOk());
		this.mvc.perform(get("/outbreaks/{id}", this.caseId).with(owner)).andExpect(status().isOk());
	}

}
