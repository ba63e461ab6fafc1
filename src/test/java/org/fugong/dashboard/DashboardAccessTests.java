package org.fugong.dashboard;

import java.util.Map;
import java.util.stream.Stream;

import org.fugong.support.AccessTable;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard, the daily feedback and the exports against every role, as a
 * table (see {@code AccessTable}). A region outside the caller's jurisdiction is
 * 404: 310117 is songjiang's district (xinqiao's town lies in it), 310120 is
 * fengxian's; 310117121 is a town of 松江区 without enterprises, so a reminder
 * there changes nothing. Lists that only officials export are 403 for an
 * enterprise; an unknown list or job is 404.
 */
@IntegrationTest
class DashboardAccessTests {

	private static final String TABLE = """
			# request                                            -   demo-ent xinqiao songjiang fengxian city guard1 admin
			GET /dashboard                                        302 403 200 200 200 200 403 403
			GET /dashboard?region=310117                          302 403 404 200 404 200 403 403
			GET /dashboard?region=310120                          302 403 404 404 200 200 403 403
			GET /feedback                                         302 403 200 200 200 200 403 403
			GET /feedback?region=310117121                        302 403 404 200 404 200 403 403
			POST /feedback/remind?region=310117121                302 403 404 302 404 302 403 403
			GET /api/v1/stats/overview                            401 403 200 200 200 200 403 403
			GET /api/v1/stats/overview?region=310117              401 403 404 200 404 200 403 403
			GET /api/v1/stats/overview?region=310117105           401 403 200 200 404 200 403 403
			GET /api/v1/stats/overview?region=310120              401 403 404 404 200 200 403 403
			GET /api/v1/stats/resumption                          401 403 200 200 200 200 403 403
			GET /api/v1/stats/resumption?region=310120            401 403 404 404 200 200 403 403
			GET /api/v1/daily-reports/missing                     401 403 200 200 200 200 403 403
			GET /api/v1/daily-reports/missing?region=310120       401 403 404 404 200 200 403 403
			POST /api/v1/daily-reports/missing/remind?region=310117121 401 403 404 200 404 200 403 403
			GET /api/v1/exports/whitelist.xlsx                    401 403 200 200 200 200 403 403
			GET /api/v1/exports/enterprises.xlsx                  401 403 200 200 200 200 403 403
			GET /api/v1/exports/applications.xlsx                 401 200 200 200 200 200 403 403
			GET /api/v1/exports/passes.xlsx                       401 200 200 200 200 200 403 403
			GET /api/v1/exports/scans.xlsx                        401 403 200 200 200 200 403 403
			GET /api/v1/exports/daily-reports.xlsx                401 200 200 200 200 200 403 403
			GET /api/v1/exports/daily-reports.xlsx?region=310120  401 200 404 404 200 200 403 403
			GET /api/v1/exports/dashboard.xlsx                    401 403 200 200 200 200 403 403
			GET /api/v1/exports/appeals.xlsx                      401 200 200 200 200 200 403 403
			GET /api/v1/exports/rectifications.xlsx               401 200 200 200 200 200 403 403
			GET /exports/appeals.xlsx                             302 200 200 200 200 200 403 403
			GET /api/v1/exports/nothing.xlsx                      401 404 404 404 404 404 403 403
			GET /api/v1/exports/jobs/no-such-job                  401 404 404 404 404 404 403 403
			GET /api/v1/exports/jobs/no-such-job/file             401 404 404 404 404 404 403 403
			GET /exports/whitelist.xlsx                           302 403 200 200 200 200 403 403
			GET /exports/daily-reports.xlsx                       302 200 200 200 200 200 403 403
			GET /exports/jobs/no-such-job                         302 404 404 404 404 404 403 403
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	static Stream<Arguments> table() {
		return AccessTable.cases(TABLE);
	}

	@ParameterizedTest(name = "{0} {1} as {2} -> {3}")
	@MethodSource("table")
	void accessMatchesTheTable(String method, String path, String who, int expected) throws Exception {
		AccessTable.check(this.mvc, this.users, method, path, Map.of(), who, expected);
	}

}
