package org.fugong.liaison;

import java.util.Map;
import java.util.stream.Stream;

import org.fugong.support.AccessTable;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every liaison and enterprise-file page and endpoint against every role, as a
 * table. {@code {ent}} is demo-ent (新桥镇, 松江区), whose liaison is xinqiao;
 * {@code {fx}} is ent-nanqiao (奉贤区), another district's enterprise. Writes
 * carry an empty body: where the caller may write they stop at validation (400,
 * or the page shown again with its errors, 200) and change nothing; ending the
 * term is tried on ent-nanqiao, which has no liaison (422).
 */
@IntegrationTest
class LiaisonAccessTests {

	private static final String TABLE = """
			# request                                     -   demo-ent xinqiao songjiang fengxian city guard1 admin
			GET /enterprises/{ent}                         302 403 200 200 404 200 403 403
			GET /enterprises/{fx}                          302 403 404 404 200 200 403 403
			GET /enterprises/999999999                     302 403 404 404 404 404 403 403
			GET /enterprises/{ent}/liaison                 302 403 200 200 404 200 403 403
			GET /enterprises/{fx}/liaison                  302 403 404 404 200 200 403 403
			POST /enterprises/{ent}/liaison                302 403 200 200 404 403 403 403
			POST /enterprises/{fx}/liaison                 302 403 404 404 200 403 403 403
			POST /enterprises/{ent}/liaison/messages       302 403 200 403 404 403 403 403
			POST /enterprises/{fx}/liaison/end             302 403 404 404 422 403 403 403
			GET /enterprises/{ent}/visits/new              302 403 200 403 404 403 403 403
			POST /enterprises/{ent}/visits/new             302 403 200 403 404 403 403 403
			GET /enterprises/{fx}/visits/new               302 403 404 404 403 403 403 403
			GET /liaison                                   302 403 200 200 200 403 403 403
			GET /enterprise/liaison                        302 200 403 403 403 403 403 403
			POST /enterprise/liaison/messages              302 200 403 403 403 403 403 403
			GET /api/v1/enterprises/{ent}/file             401 403 200 200 404 200 403 403
			GET /api/v1/enterprises/{fx}/file              401 403 404 404 200 200 403 403
			GET /api/v1/enterprises/999999999/file         401 403 404 404 404 404 403 403
			GET /api/v1/enterprises/{ent}/liaison          401 200 200 200 404 200 403 403
			GET /api/v1/enterprises/{fx}/liaison           401 404 404 404 200 200 403 403
			GET /api/v1/enterprises/{ent}/visits           401 200 200 200 404 200 403 403
			GET /api/v1/enterprises/{fx}/visits            401 404 404 404 200 200 403 403
			POST /api/v1/enterprises/{ent}/liaison         401 403 400 400 400 403 403 403
			POST /api/v1/enterprises/{ent}/visits          401 403 400 400 400 403 403 403
			POST /api/v1/enterprises/{fx}/liaison/end      401 403 404 404 422 403 403 403
			POST /api/v1/enterprises/{ent}/liaison/messages 401 400 400 400 400 403 403 403
			GET /api/v1/liaison/enterprises                401 403 200 200 200 403 403 403
			GET /api/v1/stats/liaison                      401 403 200 200 200 200 403 403
			GET /api/v1/stats/liaison?region=310120        401 403 404 404 200 200 403 403
			GET /api/v1/stats/liaison?region=310117105     401 403 200 200 404 200 403 403
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	private Map<String, String> placeholders;

	@BeforeEach
	void findDemoRecords() {
		this.placeholders = Map.of("{ent}", enterpriseOf("demo-ent"), "{fx}", enterpriseOf("ent-nanqiao"));
	}

	private String enterpriseOf(String username) {
		return this.jdbc.queryForObject("SELECT enterprise_id::text FROM app_user WHERE username = ?", String.class,
				username);
	}

	static Stream<Arguments> table() {
		return AccessTable.cases(TABLE);
	}

	@ParameterizedTest(name = "{0} {1} as {2} -> {3}")
	@MethodSource("table")
	void accessMatchesTheTable(String method, String path, String who, int expected) throws Exception {
		AccessTable.check(this.mvc, this.users, method, path, this.placeholders, who, expected);
	}

}
