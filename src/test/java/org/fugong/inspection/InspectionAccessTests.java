package org.fugong.inspection;

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

/**
 * Every inspection page and endpoint against every role, as a table. The records
 * are the demo's in 海港开发区 (奉贤区, fengxian's district, not xinqiao's town):
 * {@code {notice}} a notice of a zone enterprise, {@code {insp}} its inspection,
 * {@code {stop}} a production stop, {@code {ent}} the enterprise. Requests that
 * would change something carry an empty body, so they stop at validation. The
 * own-town and own-enterprise cells (hg-team1, the enterprise itself) are checked
 * below the table.
 */
@IntegrationTest
class InspectionAccessTests {

	private static final String TABLE = """
			# request                                      -   demo-ent xinqiao songjiang fengxian city guard1 admin
			POST /api/v1/inspections                       401 403 400 403 403 403 403 403
			GET /api/v1/inspections/round                  401 403 200 403 403 403 403 403
			GET /api/v1/inspections/{insp}                 401 403 404 404 200 200 403 403
			POST /api/v1/inspections/{insp}/photos         401 403 415 403 403 403 403 403
			POST /api/v1/inspections/unapproved            401 403 400 403 403 403 403 403
			GET /api/v1/inspections/unapproved             401 403 200 200 200 200 403 403
			GET /api/v1/inspections/unapproved/{case}      401 403 404 404 200 200 403 403
			POST /api/v1/inspections/unapproved/{case}/handle 401 403 403 404 400 403 403 403
			GET /api/v1/rectifications                     401 200 200 200 200 200 403 403
			GET /api/v1/rectifications/{notice}            401 404 404 404 200 200 403 403
			GET /api/v1/rectifications/999999999           401 404 404 404 404 404 403 403
			POST /api/v1/rectifications/{notice}/respond   401 404 403 403 403 403 403 403
			POST /api/v1/rectifications/{notice}/review    401 403 400 403 403 403 403 403
			POST /api/v1/rectifications/{notice}/stop      401 403 403 404 400 403 403 403
			GET /api/v1/stops                              401 200 200 200 200 200 403 403
			POST /api/v1/stops/{stop}/lift                 401 403 403 404 400 403 403 403
			GET /api/v1/stats/inspections                  401 403 200 200 200 200 403 403
			GET /inspections/round                         302 403 200 403 403 403 403 403
			GET /inspections/new?enterprise={ent}          302 403 404 403 403 403 403 403
			POST /inspections/new                          302 403 302 403 403 403 403 403
			GET /inspections/unapproved                    302 403 200 403 403 403 403 403
			POST /inspections/unapproved                   302 403 400 403 403 403 403 403
			GET /inspections/teams                         302 403 200 200 200 403 403 403
			POST /inspections/teams                        302 403 400 400 400 403 403 403
			GET /inspections/sites                         302 403 200 200 200 403 403 403
			POST /inspections/sites                        302 403 400 400 400 403 403 403
			GET /inspections/figures                       302 403 200 200 200 200 403 403
			GET /inspections/meeting                       302 403 200 200 200 200 403 403
			GET /inspections/cases                         302 403 200 200 200 200 403 403
			GET /inspections/cases/{case}                  302 403 404 404 200 200 403 403
			POST /inspections/cases/{case}                 302 403 403 404 400 403 403 403
			GET /inspections/stops                         302 403 200 200 200 200 403 403
			GET /rectifications                            302 200 200 200 200 200 403 403
			GET /rectifications/{notice}                   302 404 404 404 200 200 403 403
			GET /rectifications/{notice}/pdf               302 404 404 404 200 200 403 403
			POST /rectifications/{notice}/respond          302 404 403 403 403 403 403 403
			POST /rectifications/{notice}/review           302 403 404 403 403 403 403 403
			POST /rectifications/{notice}/stop             302 403 403 404 400 403 403 403
			POST /stops/{stop}/lift                        302 403 403 404 302 403 403 403
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	private Map<String, String> records;

	private String owner;

	@BeforeEach
	void findDemoData() {
		long notice = this.jdbc.queryForObject("""
				SELECT min(n.id) FROM rectification_notice n JOIN app_user u ON u.enterprise_id = n.enterprise_id
				WHERE n.town_code = '310120505' AND u.username LIKE 'hg-ent%'
				""", Long.class);
		long inspection = this.jdbc.queryForObject("SELECT inspection_id FROM rectification_notice WHERE id = ?",
				Long.class, notice);
		long enterprise = this.jdbc.queryForObject("SELECT enterprise_id FROM rectification_notice WHERE id = ?",
				Long.class, notice);
		long stop = this.jdbc.queryForObject("SELECT min(id) FROM production_stop WHERE district_code = '310120'",
				Long.class);
		this.owner = this.jdbc.queryForObject("SELECT min(username) FROM app_user WHERE enterprise_id = ?",
				String.class, enterprise);
		Long found = this.jdbc.queryForObject(
				"SELECT min(id) FROM unapproved_case WHERE town_code = '310120505' AND state = 'OPEN'", Long.class);
		if (found == null) {
			this.jdbc.update("""
					INSERT INTO unapproved_case (site_name, address, district_code, town_code, note, reported_by,
					  reported_at, reported_on) VALUES ('访问测试作坊', '海港大道 2 号', '310120', '310120505', '夜间生产',
					  'hg-team1', now(), current_date)
					""");
			found = this.jdbc.queryForObject(
					"SELECT min(id) FROM unapproved_case WHERE town_code = '310120505' AND state = 'OPEN'", Long.class);
		}
		this.records = Map.of("{notice}", Long.toString(notice), "{insp}", Long.toString(inspection), "{stop}",
				Long.toString(stop), "{ent}", Long.toString(enterprise), "{case}", Long.toString(found));
	}

	static Stream<Arguments> table() {
		return AccessTable.cases(TABLE);
	}

	@ParameterizedTest(name = "{0} {1} as {2} -> {3}")
	@MethodSource("table")
	void accessMatchesTheTable(String method, String path, String who, int expected) throws Exception {
		AccessTable.check(this.mvc, this.users, method, path, this.records, who, expected);
	}

	@Test
	void theTownsOwnInspectorAndTheEnterpriseItselfGetThrough() throws Exception {
		check("GET", "/api/v1/inspections/{insp}", "hg-team1", 200);
		check("GET", "/api/v1/inspections/round", "hg-team1", 200);
		check("GET", "/inspections/new?enterprise={ent}", "hg-team1", 200);
		check("GET", "/inspections/round", "hg-team1", 200);
		check("POST", "/api/v1/rectifications/{notice}/review", "hg-team1", 400);
		check("POST", "/rectifications/{notice}/review", "hg-team1", 400);
		check("GET", "/api/v1/rectifications/{notice}", this.owner, 200);
		check("GET", "/rectifications/{notice}", this.owner, 200);
		check("GET", "/rectifications/{notice}/pdf", this.owner, 200);
		check("POST", "/api/v1/rectifications/{notice}/review", this.owner, 403);
		check("POST", "/api/v1/rectifications/{notice}/stop", "hg-team1", 403);
	}

	private void check(String method, String path, String who, int expected) throws Exception {
		AccessTable.check(this.mvc, this.users, method, path, this.records, who, expected);
	}

}
