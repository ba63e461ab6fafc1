package org.fugong.alert;

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
 * Every alerts page and endpoint against every role, as a table. {@code {own}}
 * is a closed alert of demo-ent (新桥镇, 松江区: xinqiao's and songjiang's),
 * {@code {other}} a closed one of 海港新材料 (奉贤区: fengxian's). Only requests
 * that change nothing are listed (a closed alert cannot be acknowledged or closed
 * again, a close without a note is refused); the changes are in {@link AlertFlowTests}.
 */
@IntegrationTest
class AlertAccessTests {

	private static final String TABLE = """
			# request                                    -   demo-ent xinqiao songjiang fengxian city guard1 admin
			GET /alerts                                  302 403 200 200 200 403 403 403
			GET /alerts?state=NOPE&kind=X&page=-1        302 403 200 200 200 403 403 403
			GET /alerts/duty                             302 403 200 200 200 403 403 403
			POST /alerts/duty                            302 403 200 200 200 403 403 403
			POST /alerts/duty/999999999/delete           302 403 404 404 404 403 403 403
			POST /alerts/{own}/acknowledge               302 403 302 302 404 403 403 403
			POST /alerts/{other}/acknowledge             302 403 404 404 302 403 403 403
			POST /alerts/{own}/close                     302 403 302 302 404 403 403 403
			POST /alerts/{other}/close                   302 403 404 404 302 403 403 403
			GET /api/v1/alerts                           401 403 200 200 200 403 403 403
			GET /api/v1/alerts?state=OPEN&kind=POSITIVE_TEST 401 403 200 200 200 403 403 403
			POST /api/v1/alerts/{own}/acknowledge        401 403 409 409 404 403 403 403
			POST /api/v1/alerts/{other}/acknowledge      401 403 404 404 409 403 403 403
			POST /api/v1/alerts/{own}/close              401 403 400 400 404 403 403 403
			POST /api/v1/alerts/{other}/close            401 403 404 404 400 403 403 403
			POST /api/v1/alerts/999999999/close          401 403 404 404 404 403 403 403
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	private long own;

	private long other;

	@BeforeEach
	void closedAlerts() {
		this.own = closedAlert("demo-ent", "access-own");
		this.other = closedAlert("ent-haigang", "access-other");
	}

	static Stream<Arguments> table() {
		return AccessTable.cases(TABLE);
	}

	@ParameterizedTest(name = "{0} {1} as {2} -> {3}")
	@MethodSource("table")
	void accessMatchesTheTable(String method, String path, String who, int expected) throws Exception {
		AccessTable.check(this.mvc, this.users, method, path,
				Map.of("{own}", Long.toString(this.own), "{other}", Long.toString(this.other)), who, expected);
	}

	private long closedAlert(String username, String cause) {
		long enterprise = this.jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = ?", Long.class,
				username);
		this.jdbc.update("""
				INSERT INTO alert (kind, enterprise_id, district_code, town_code, subject, cause_key, raised_at, state,
				  acknowledged_by, acknowledged_at, closed_by, closed_at, close_note)
				SELECT 'REPORT_ABNORMAL', e.id, e.district_code, e.town_code, 'access', ?, now(), 'CLOSED',
				  'test', now(), 'test', now(), 'test'
				FROM enterprise e WHERE e.id = ?
				ON CONFLICT (cause_key) DO NOTHING
				""", "REPORT_ABNORMAL:" + cause, enterprise);
		return this.jdbc.queryForObject("SELECT id FROM alert WHERE cause_key = ?", Long.class,
				"REPORT_ABNORMAL:" + cause);
	}

}
