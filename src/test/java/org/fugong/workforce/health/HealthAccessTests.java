package org.fugong.workforce.health;

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
 * The health declaration's pages and endpoints against every role, as a table.
 * {@code {emp}} is an active employee of demo-ent, {@code {other}} one of
 * 海港新材料 (another enterprise). Only requests that change nothing are listed.
 */
@IntegrationTest
class HealthAccessTests {

	private static final String TABLE = """
			# request                                      -   demo-ent xinqiao songjiang fengxian city guard1 admin
			GET /workforce/employees/{emp}/health          302 200 403 403 403 403 403 403
			GET /workforce/employees/{other}/health        302 404 403 403 403 403 403 403
			POST /workforce/employees/{emp}/health         302 200 403 403 403 403 403 403
			POST /workforce/employees/{other}/health       302 404 403 403 403 403 403 403
			GET /workforce/imports/health-template.csv     302 200 403 403 403 403 403 403
			GET /workforce/imports?kind=HEALTH             302 200 403 403 403 403 403 403
			GET /api/v1/employees/{emp}/health             401 200 403 403 403 403 403 403
			GET /api/v1/employees/{other}/health           401 404 403 403 403 403 403 403
			POST /api/v1/employees/{emp}/health            401 400 403 403 403 403 403 403
			POST /api/v1/employees/{other}/health          401 404 403 403 403 403 403 403
			POST /api/v1/employees/health/import           401 415 403 403 403 403 403 403
			POST /p/not-a-holder-link/health               404 404 404 404 404 404 404 404
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	private long employee;

	private long otherEmployee;

	@BeforeEach
	void findDemoRecords() {
		this.employee = activeEmployeeOf("demo-ent");
		this.otherEmployee = activeEmployeeOf("ent-haigang");
	}

	static Stream<Arguments> table() {
		return AccessTable.cases(TABLE);
	}

	@ParameterizedTest(name = "{0} {1} as {2} -> {3}")
	@MethodSource("table")
	void accessMatchesTheTable(String method, String path, String who, int expected) throws Exception {
		AccessTable.check(this.mvc, this.users, method, path,
				Map.of("{emp}", Long.toString(this.employee), "{other}", Long.toString(this.otherEmployee)), who,
				expected);
	}

	private long activeEmployeeOf(String username) {
		return this.jdbc.queryForObject("""
				SELECT min(e.id) FROM employee e JOIN app_user u ON u.enterprise_id = e.enterprise_id
				WHERE u.username = ? AND e.active
				""", Long.class, username);
	}

}
