package org.fugong.vehicle;

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
 * Every vehicle page and endpoint against every role, as a table in the style
 * of {@code AccessControlTests}. {@code {trip}} is a pending demo trip of
 * ent-jiuting (松江区, 九亭镇): songjiang's district, not xinqiao's town, not
 * fengxian's district, not demo-ent's enterprise. Requests that would change it
 * carry an empty body, so they stop at validation. "-" means anonymous.
 */
@IntegrationTest
class VehicleAccessTests {

	private static final String TABLE = """
			# request                                  -   demo-ent xinqiao songjiang fengxian city guard1 admin
			GET /vehicles                               302 200 403 403 403 403 403 403
			GET /vehicles/new                           302 200 403 403 403 403 403 403
			POST /vehicles/new                          302 400 403 403 403 403 403 403
			GET /vehicles/review                        302 403 200 200 200 200 403 403
			GET /vehicles/drivers                       302 403 403 200 200 403 403 403
			POST /vehicles/drivers                      302 403 403 400 400 403 403 403
			POST /vehicles/drivers/0/remove             302 403 403 302 302 403 403 403
			GET /vehicles/{trip}                        302 404 404 200 404 200 403 403
			GET /vehicles/999999999                     302 404 404 404 404 404 403 403
			POST /vehicles/{trip}/decisions             302 403 403 400 404 403 403 403
			POST /vehicles/999999999/decisions          302 403 403 404 404 403 403 403
			POST /vehicles/999999999/cancel             302 404 403 403 403 403 403 403
			POST /vehicles/{trip}/cancel                302 404 403 403 403 403 403 403
			POST /vehicles/{trip}/revoke                302 302 403 403 403 403 403 403
			GET /api/v1/passes/vehicle                  401 200 200 200 200 200 403 403
			POST /api/v1/passes/vehicle                 401 400 403 403 403 403 403 403
			GET /api/v1/passes/vehicle/figures          401 403 200 200 200 200 403 403
			GET /api/v1/passes/vehicle/{trip}           401 404 404 200 404 200 403 403
			GET /api/v1/passes/vehicle/999999999        401 404 404 404 404 404 403 403
			POST /api/v1/passes/vehicle/{trip}/decisions 401 403 403 400 400 403 403 403
			POST /api/v1/passes/vehicle/999999999/cancel 401 404 403 403 403 403 403 403
			POST /api/v1/passes/vehicle/{trip}/cancel   401 404 403 403 403 403 403 403
			GET /vehicles/settings                      302 403 403 200 200 403 403 403
			POST /vehicles/settings                     302 403 403 302 302 403 403 403
			GET /vehicles/pass/{looppass}               302 404 404 302 404 302 403 403
			GET /vehicles/pass/999999999                302 404 404 404 404 404 403 403
			GET /api/v1/passes/vehicle/{trip}/timeline  401 404 404 200 404 200 403 403
			GET /api/v1/passes/vehicle/{loop}/timeline  401 404 404 200 404 200 403 403
			GET /api/v1/drivers                         401 403 403 200 200 403 403 403
			POST /api/v1/drivers                        401 403 403 400 400 403 403 403
			DELETE /api/v1/drivers/0                    401 403 403 404 404 403 403 403
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	private long trip;

	private long loop;

	private long loopPass;

	@BeforeEach
	void findDemoTrip() {
		this.trip = this.jdbc.queryForObject("SELECT min(id) FROM vehicle_trip WHERE plate = '沪B27D63'", Long.class);
		// The demo's trip with every point of its loop (上海泗泾物流配送, 泗泾镇, 松江区).
		this.loop = this.jdbc.queryForObject("SELECT min(id) FROM vehicle_trip WHERE plate = '沪E58L21'", Long.class);
		this.loopPass = this.jdbc.queryForObject("SELECT pass_id FROM vehicle_trip WHERE id = ?", Long.class, this.loop);
	}

	static Stream<Arguments> table() {
		return AccessTable.cases(TABLE);
	}

	@ParameterizedTest(name = "{0} {1} as {2} -> {3}")
	@MethodSource("table")
	void accessMatchesTheTable(String method, String path, String who, int expected) throws Exception {
		AccessTable.check(this.mvc, this.users, method, path, Map.of("{trip}", Long.toString(this.trip), "{loop}",
				Long.toString(this.loop), "{looppass}", Long.toString(this.loopPass)), who, expected);
	}

}
