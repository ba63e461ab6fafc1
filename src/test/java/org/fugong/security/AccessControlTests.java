package org.fugong.security;

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
 * Every page and endpoint against every role, as a table: the demo accounts of
 * {@code API.md} stand for the roles ({@code fengxian} is a district official of
 * another district than demo-ent's). {@code {ent}} is demo-ent's enterprise.
 * {@code {pol}} is the city's industrial guideline. "-" means no account (anonymous).
 */
@IntegrationTest
class AccessControlTests {

	private static final String TABLE = """
			# request                       -   demo-ent xinqiao songjiang fengxian city guard1 admin
			GET /                           302 200 200 200 200 200 302 200 200
			GET /register                   200 200 200 200 200 200 200 200
			GET /actuator/health            200 200 200 200 200 200 200 200
			GET /v3/api-docs                302 403 200 200 200 200 403 200
			GET /swagger-ui.html            302 403 302 302 302 302 403 302
			GET /enterprise/profile         302 200 403 403 403 403 403 403
			GET /enterprise/profile/edit    302 200 403 403 403 403 403 403
			POST /enterprise/profile/edit   302 200 403 403 403 403 403 403
			GET /enterprises                302 403 200 200 200 200 403 403
			GET /enterprises/{ent}          302 403 200 200 404 200 403 403
			GET /enterprises/verifications  302 403 200 200 200 403 403 403
			GET /enterprises/{ent}/verification 302 403 200 200 404 403 403 403
			POST /enterprises/{ent}/verification 302 403 200 200 404 403 403 403
			GET /enterprises/{ent}/licence  302 403 404 404 404 404 403 403
			GET /enterprise/verification    302 200 403 403 403 403 403 403
			POST /enterprise/verification   302 200 403 403 403 403 403 403
			GET /enterprise/licence         302 404 403 403 403 403 403 403
			GET /admin/users                302 403 403 403 403 403 403 200
			GET /admin/users/new            302 403 403 403 403 403 403 200
			GET /admin/audit                302 403 403 403 403 403 403 200
			POST /admin/users/{ent}/password 302 403 403 403 403 403 403 302
			POST /admin/users/{ent}/role    302 403 403 403 403 403 403 302
			GET /account/password           302 200 200 200 200 200 200 200
			GET /nowhere                    302 403 403 403 403 403 403 403
			GET /policies                   302 200 200 200 200 200 200 200
			GET /policies/{pol}             302 200 200 200 200 200 200 200
			GET /policies/matching          302 200 403 403 403 403 403 403
			GET /policies/{pol}/enterprises 302 403 200 200 200 200 403 403
			GET /policies/{pol}/enterprises.csv 302 403 200 200 200 200 403 403
			GET /policies/new               302 403 403 200 200 200 403 403
			GET /policies/{pol}/edit        302 403 403 403 403 200 403 403
			POST /policies/{pol}/withdraw   302 403 403 403 403 302 403 403
			POST /policies/{pol}/attachments 302 403 403 403 403 302 403 403
			GET /guidance                   302 200 200 200 200 200 200 200
			GET /guidance/G-INDUSTRIAL      302 200 200 200 200 200 200 200
			GET /self-check                 302 200 403 403 403 403 403 403
			GET /self-check/history         302 200 403 403 403 403 403 403
			GET /applications               302 200 200 200 200 200 403 403
			GET /applications/new           302 200 403 403 403 403 403 403
			GET /applications/999999999     302 404 404 404 404 404 403 403
			POST /applications/999999999/decisions 302 403 404 404 404 403 403 403
			POST /applications/999999999/submit 302 404 403 403 403 403 403 403
			GET /inbox                      302 200 200 200 200 200 403 403 200
			GET /whitelist                  302 403 200 200 200 200 403 403
			GET /whitelist/new              302 403 200 200 200 200 403 403
			POST /whitelist/new             302 403 200 200 200 200 403 403
			POST /whitelist/0/suspend       302 403 302 302 302 302 403 403
			GET /whitelist/import           302 403 403 403 403 200 403 403
			POST /whitelist/import          302 403 403 403 403 200 403 403
			GET /whitelist/import/template.csv 302 403 403 403 403 200 403 403
			GET /whitelist/mine             302 200 403 403 403 403 403 403
			GET /api/v1/regions             200 200 200 200 200 200 200 200
			GET /api/v1/me                  401 200 200 200 200 200 200 200
			GET /api/v1/enterprises         401 403 200 200 200 200 403 403
			GET /api/v1/enterprises/{ent}   401 200 200 200 404 200 403 403
			PUT /api/v1/enterprises/{ent}   401 400 403 403 403 403 403 403
			POST /api/v1/enterprises/{ent}/verification 401 403 400 400 404 403 403 403
			POST /api/v1/enterprises/{ent}/licence 401 415 403 403 403 403 403 403
			GET /api/v1/enterprises/{ent}/licence 401 404 404 404 404 404 403 403
			GET /api/v1/enterprises?verification=PENDING 401 403 200 200 200 200 403 403
			POST /api/v1/enterprises/register 400 400 400 400 400 400 400 400
			GET /api/v1/policies            401 200 200 200 200 200 200 200
			GET /api/v1/policies/{pol}      401 200 200 200 200 200 200 200
			GET /api/v1/policies/matching   401 200 403 403 403 403 403 403
			GET /api/v1/policies/{pol}/enterprises 401 403 200 200 200 200 403 403
			GET /api/v1/self-checks/template 401 200 403 403 403 403 403 403
			GET /api/v1/self-checks         401 200 403 403 403 403 403 403
			POST /api/v1/self-checks        401 400 403 403 403 403 403 403
			GET /api/v1/applications        401 200 200 200 200 200 403 403
			POST /api/v1/applications       401 400 403 403 403 403 403 403
			GET /api/v1/applications/999999999 401 404 404 404 404 404 403 403
			POST /api/v1/applications/999999999/submit 401 404 403 403 403 403 403 403
			POST /api/v1/applications/999999999/decisions 401 403 400 400 400 403 403 403
			GET /api/v1/whitelist           401 403 200 200 200 200 403 403
			GET /api/v1/whitelist/0         401 403 404 404 404 404 403 403
			GET /api/v1/whitelist/mine      401 200 403 403 403 403 403 403
			POST /api/v1/whitelist          401 403 400 400 400 400 403 403
			POST /api/v1/whitelist/0/suspend 401 403 400 400 400 400 403 403
			POST /api/v1/whitelist/0/restore 401 403 400 400 400 400 403 403
			POST /api/v1/whitelist/0/remove 401 403 400 400 400 400 403 403
			GET /passes                     302 200 403 403 403 403 403 403
			GET /passes/999999999           302 404 403 403 403 403 403 403
			GET /passes/999999999/card      302 404 403 403 403 403 403 403
			GET /passes/print               302 200 403 403 403 403 403 403
			POST /passes/issue-all          302 302 403 403 403 403 403 403
			POST /passes/999999999/revoke   302 404 403 403 403 403 403 403
			POST /passes/999999999/renew    302 404 403 403 403 403 403 403
			POST /passes/999999999/link     302 404 403 403 403 403 403 403
			GET /p/not-a-real-link          404 404 404 404 404 404 404 404
			GET /p/not-a-real-link/qr.png   404 404 404 404 404 404 404 404
			GET /admin/pass-keys            302 403 403 403 403 403 403 200
			POST /admin/pass-keys/rotate    302 403 403 403 403 403 403 302
			GET /api/v1/pass-keys           200 200 200 200 200 200 200 200
			GET /api/v1/passes              401 200 200 200 200 200 403 403
			GET /api/v1/passes/999999999    401 404 404 404 404 404 403 403
			GET /api/v1/passes/999999999/qr.png 401 404 403 403 403 403 403 403
			GET /api/v1/passes/999999999/qr.svg 401 404 403 403 403 403 403 403
			POST /api/v1/passes/worker      401 400 403 403 403 403 403 403
			POST /api/v1/passes/worker/bulk 401 422 403 403 403 403 403 403
			POST /api/v1/passes/worker/revoke-all 401 400 403 403 403 403 403 403
			POST /api/v1/passes/999999999/revoke 401 404 404 404 404 404 403 403
			POST /api/v1/passes/999999999/renew 401 404 403 403 403 403 403 403
			POST /api/v1/passes/999999999/holder-link 401 404 403 403 403 403 403 403
			GET /api/v1/nowhere             401 403 403 403 403 403 403 403
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	private long demoEnterprise;

	private long cityPolicy;

	@BeforeEach
	void findDemoRecords() {
		this.demoEnterprise = this.jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'demo-ent'",
				Long.class);
		this.cityPolicy = this.jdbc.queryForObject(
				"SELECT min(id) FROM policy WHERE level = 'CITY' AND title LIKE '%工业企业复工复产疫情防控指引%'", Long.class);
	}

	static Stream<Arguments> table() {
		return AccessTable.cases(TABLE);
	}

	@ParameterizedTest(name = "{0} {1} as {2} -> {3}")
	@MethodSource("table")
	void accessMatchesTheTable(String method, String path, String who, int expected) throws Exception {
		AccessTable.check(this.mvc, this.users, method, path, Map.of("{ent}", Long.toString(this.demoEnterprise), "{pol}", Long.toString(this.cityPolicy)), who, expected);
	}

}
