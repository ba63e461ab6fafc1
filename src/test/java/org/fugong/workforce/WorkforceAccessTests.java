package org.fugong.workforce;

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
 * Every workforce page and endpoint against every role, as a table (the style of
 * {@code AccessControlTests}). {@code {emp}} is an employee of demo-ent,
 * {@code {other}} one of 海港新材料 (another enterprise); {@code {job}} and
 * {@code {otherJob}} are import jobs of the same two. Only requests that change
 * nothing are listed; the changes themselves are in the feature tests.
 */
@IntegrationTest
class WorkforceAccessTests {

	private static final String TABLE = """
			# request                                     -   demo-ent xinqiao songjiang fengxian city guard1 admin
			GET /workforce/employees                      302 200 403 403 403 403 403 403
			GET /workforce/employees?q=1&active=x&page=y  302 200 403 403 403 403 403 403
			GET /workforce/employees/new                  302 200 403 403 403 403 403 403
			POST /workforce/employees/new                 302 200 403 403 403 403 403 403
			GET /workforce/employees/{emp}/edit           302 200 403 403 403 403 403 403
			GET /workforce/employees/{other}/edit         302 404 403 403 403 403 403 403
			POST /workforce/employees/{other}/edit        302 404 403 403 403 403 403 403
			POST /workforce/employees/{other}/deactivate  302 404 403 403 403 403 403 403
			POST /workforce/employees/{other}/reactivate  302 404 403 403 403 403 403 403
			GET /workforce/imports                        302 200 403 403 403 403 403 403
			POST /workforce/imports                       302 200 403 403 403 403 403 403
			GET /workforce/imports/template.csv           302 200 403 403 403 403 403 403
			GET /workforce/imports/tests-template.csv     302 200 403 403 403 403 403 403
			GET /workforce/imports/{job}                  302 200 403 403 403 403 403 403
			GET /workforce/imports/{otherJob}             302 404 403 403 403 403 403 403
			GET /workforce/imports/{job}/errors.csv       302 200 403 403 403 403 403 403
			GET /workforce/imports/{otherJob}/errors.csv  302 404 403 403 403 403 403 403
			GET /workforce/tests                          302 200 403 403 403 403 403 403
			GET /workforce/tests?date=x&kind=y            302 200 403 403 403 403 403 403
			POST /workforce/tests                         302 200 403 403 403 403 403 403
			GET /workforce/daily-reports                  302 200 403 403 403 403 403 403
			POST /workforce/daily-reports                 302 200 403 403 403 403 403 403
			GET /workforce/test-rule                      302 403 403 200 200 403 403 403
			POST /workforce/test-rule                     302 403 403 200 200 403 403 403
			GET /api/v1/employees                         401 200 403 403 403 403 403 403
			POST /api/v1/employees                        401 400 403 403 403 403 403 403
			GET /api/v1/employees/{emp}                   401 200 403 403 403 403 403 403
			GET /api/v1/employees/{other}                 401 404 403 403 403 403 403 403
			PUT /api/v1/employees/{other}                 401 400 403 403 403 403 403 403
			POST /api/v1/employees/{other}/deactivate     401 404 403 403 403 403 403 403
			POST /api/v1/employees/{other}/reactivate     401 404 403 403 403 403 403 403
			GET /api/v1/employees/{emp}/tests             401 200 403 403 403 403 403 403
			GET /api/v1/employees/{other}/tests           401 404 403 403 403 403 403 403
			POST /api/v1/employees/{other}/tests          401 400 403 403 403 403 403 403
			POST /api/v1/employees/import                 401 415 403 403 403 403 403 403
			POST /api/v1/tests/import                     401 415 403 403 403 403 403 403
			GET /api/v1/tests                             401 200 403 403 403 403 403 403
			GET /api/v1/imports/{job}                     401 200 403 403 403 403 403 403
			GET /api/v1/imports/{otherJob}                401 404 403 403 403 403 403 403
			GET /api/v1/imports/no-such-job               401 404 403 403 403 403 403 403
			GET /api/v1/imports/{job}/errors.csv          401 200 403 403 403 403 403 403
			GET /api/v1/imports/{otherJob}/errors.csv     401 404 403 403 403 403 403 403
			GET /api/v1/daily-reports                     401 200 403 403 403 403 403 403
			POST /api/v1/daily-reports                    401 400 403 403 403 403 403 403
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
		long demoEnterprise = enterpriseOf("demo-ent");
		long otherEnterprise = enterpriseOf("ent-haigang");
		this.employee = this.jdbc.queryForObject("SELECT min(id) FROM employee WHERE enterprise_id = ?", Long.class,
				demoEnterprise);
		this.otherEmployee = this.jdbc.queryForObject("SELECT min(id) FROM employee WHERE enterprise_id = ?",
				Long.class, otherEnterprise);
		job("access-own-job", demoEnterprise);
		job("access-other-job", otherEnterprise);
	}

	static Stream<Arguments> table() {
		return AccessTable.cases(TABLE);
	}

	@ParameterizedTest(name = "{0} {1} as {2} -> {3}")
	@MethodSource("table")
	void accessMatchesTheTable(String method, String path, String who, int expected) throws Exception {
		AccessTable.check(this.mvc, this.users, method, path, Map.of("{emp}", Long.toString(this.employee), "{other}",
				Long.toString(this.otherEmployee), "{job}", "access-own-job", "{otherJob}", "access-other-job"), who, expected);
	}

	private long enterpriseOf(String username) {
		return this.jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = ?", Long.class, username);
	}

	private void job(String id, long enterpriseId) {
		this.jdbc.update("""
				INSERT INTO import_job (id, enterprise_id, kind, state, locale, total, processed, header, created_by,
				  created_at, heartbeat_at, finished_at)
				VALUES (?, ?, 'EMPLOYEES', 'DONE', 'zh-CN', 1, 1, '姓名,身份证号', 'test', now(), now(), now())
				ON CONFLICT (id) DO NOTHING
				""", id, enterpriseId);
	}

}
