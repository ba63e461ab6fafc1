package org.fugong.gate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import org.fugong.pass.PassService;
import org.fugong.pass.VehiclePassRequest;
import org.fugong.pass.VehicleScope;
import org.fugong.security.CurrentUser;
import org.fugong.security.DeviceTokens;
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
 * Every gate page and endpoint against every role, as a table in the style of
 * {@code AccessControlTests}. {@code {cp}} is the demo road checkpoint in 新桥镇
 * (xinqiao's town, songjiang's district), {@code {jt}} the demo factory gate in
 * 九亭镇 (songjiang's, not xinqiao's); {@code {wpass}} a worker pass and
 * {@code {vpass}} a vehicle pass of ent-jiuting (九亭镇, 松江区). Requests that would
 * change something carry an empty body, so they stop at validation. "-" means
 * anonymous.
 */
@IntegrationTest
class GateAccessTests {

	private static final String TABLE = """
			# request                                   -   demo-ent xinqiao songjiang fengxian city guard1 admin
			GET /gate/checkpoints                        302 403 200 200 200 403 403 403
			GET /gate/checkpoints/new                    302 403 200 200 200 403 403 403
			POST /gate/checkpoints/new                   302 403 200 200 200 403 403 403
			GET /gate/checkpoints/{cp}                   302 403 200 200 404 403 403 403
			GET /gate/checkpoints/{jt}                   302 403 404 200 404 403 403 403
			GET /gate/checkpoints/999999999              302 403 404 404 404 403 403 403
			GET /gate/checkpoints/{cp}/edit              302 403 200 200 404 403 403 403
			GET /gate/checkpoints/{jt}/edit              302 403 404 200 404 403 403 403
			POST /gate/checkpoints/{cp}/edit             302 403 200 200 404 403 403 403
			POST /gate/checkpoints/{cp}/guards           302 403 302 302 404 403 403 403
			POST /gate/checkpoints/{jt}/guards           302 403 404 302 404 403 403 403
			GET /gate/scans                              302 403 200 200 200 200 403 403
			GET /gate/devices                            302 403 200 200 200 200 403 403
			POST /gate/devices/{dev}/revoke              302 403 302 302 404 302 403 403
			POST /gate/devices/shift                     302 403 403 200 200 403 403 403
			POST /gate/devices/999999999/revoke          302 403 404 404 404 404 403 403
			GET /gate/vehicles                           302 403 200 200 200 200 403 403
			GET /gate/vehicles/{vpass}                   302 403 404 200 404 200 403 403
			GET /gate/vehicles/{wpass}                   302 403 404 404 404 404 403 403
			GET /gate/vehicles/999999999                 302 403 404 404 404 404 403 403
			GET /api/v1/passes/{wpass}/scans             401 404 404 200 404 200 403 403
			GET /api/v1/passes/{vpass}/scans             401 404 404 200 404 200 403 403
			GET /api/v1/passes/999999999/scans           401 404 404 404 404 404 403 403
			GET /api/v1/gate/checkpoints                 401 403 200 200 200 403 403 403
			GET /api/v1/gate/checkpoints/{cp}            401 403 200 200 404 403 403 403
			GET /api/v1/gate/checkpoints/{jt}            401 403 404 200 404 403 403 403
			POST /api/v1/gate/checkpoints                401 403 400 400 400 403 403 403
			POST /api/v1/gate/checkpoints/{cp}/guards    401 403 400 400 400 403 403 403
			POST /api/v1/gate/verify                     401 403 403 403 403 403 400 403 403
			POST /api/v1/gate/scans/sync                 401 403 403 403 403 403 400 403 403
			POST /api/v1/gate/devices                    401 403 403 403 403 403 201 403 403
			GET /api/v1/gate/devices                     401 403 200 200 200 200 200 403 403
			POST /api/v1/gate/devices/{dev}/revoke       401 403 204 204 404 204 204 403 403
			POST /api/v1/gate/devices/999999999/revoke   401 403 404 404 404 404 404 403 403
			GET /api/v1/gate/offline-bundle              401 403 403 403 403 403 200 403 403
			GET /api/v1/gate/me                          401 403 403 403 403 403 200 403 403
			GET /api/v1/gate/ping                        401 403 403 403 403 403 200 403 403
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PassService passes;

	@Autowired
	DeviceTokens devices;

	private long checkpoint;

	private long factoryGate;

	private long workerPass;

	private long vehiclePass;

	private long device;

	@BeforeEach
	void findDemoData() {
		this.checkpoint = this.jdbc.queryForObject("SELECT min(id) FROM checkpoint WHERE name = '新桥镇 G60 卡口'", Long.class);
		this.factoryGate = this.jdbc.queryForObject("SELECT min(id) FROM checkpoint WHERE name = '九亭电子 1 号门'",
				Long.class);
		long jiuting = this.jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'ent-jiuting'",
				Long.class);
		this.workerPass = this.jdbc.queryForObject(
				"SELECT min(id) FROM pass WHERE enterprise_id = ? AND type = 'WORKER'", Long.class, jiuting);
		Long vehicle = this.jdbc.queryForObject(
				"SELECT min(id) FROM pass WHERE enterprise_id = ? AND type = 'VEHICLE' AND holder_masked = '沪D9***1'",
				Long.class, jiuting);
		this.device = this.devices.enrol((CurrentUser) this.users.loadUserByUsername("guard1"), "access", this.checkpoint)
			.id();
		this.vehiclePass = (vehicle != null) ? vehicle
				: this.passes.issueVehicle(new VehiclePassRequest(jiuting, "沪D90001", "沪D9***1", VehicleScope.DISTRICT,
						Instant.now(), Instant.now().plus(Duration.ofDays(2))), "songjiang").pass().id();
	}

	static Stream<Arguments> table() {
		return AccessTable.cases(TABLE);
	}

	@ParameterizedTest(name = "{0} {1} as {2} -> {3}")
	@MethodSource("table")
	void accessMatchesTheTable(String method, String path, String who, int expected) throws Exception {
		AccessTable.check(this.mvc, this.users, method, path,
				Map.of("{cp}", Long.toString(this.checkpoint), "{jt}", Long.toString(this.factoryGate), "{wpass}",
						Long.toString(this.workerPass), "{vpass}", Long.toString(this.vehiclePass), "{dev}",
						Long.toString(this.device)),
				who, expected);
	}

}
