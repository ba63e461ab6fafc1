package org.fugong.gate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.fugong.pass.PassService;
import org.fugong.pass.VehiclePassRequest;
import org.fugong.pass.VehicleScope;
import org.fugong.security.CurrentUser;
import org.fugong.support.IntegrationTest;
import org.fugong.support.PassFixtures;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.whitelist.WhitelistEntryView;
import org.fugong.whitelist.WhitelistLevel;
import org.fugong.whitelist.WhitelistService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gate through its API as a guard's phone uses it ({@code guard1} works at the
 * demo road checkpoint in 新桥镇, 松江区): verdicts and their reasons, the log, a
 * retry and twenty at once, the ten-second repeat, the device token, the offline
 * bundle and the sync, and vehicles' traces.
 */
@IntegrationTest
class GateFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	WhitelistService whitelist;

	@Autowired
	PassService passes;

	@Autowired
	JdbcTemplate jdbc;

	private UserDetails owner;

	private WhitelistEntryView entry;

	private UserDetails guard;

	@BeforeEach
	void whitelistedEnterprise() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.entry = this.whitelist.add(as("songjiang"), enterprise.id(), WhitelistLevel.DISTRICT, "测试批", null);
		this.owner = this.users.loadUserByUsername(enterprise.username());
		this.guard = this.users.loadUserByUsername("guard1");
	}

	@Test
	void aValidPassIsLoggedOnceAndARetryGetsTheSameAnswer() throws Exception {
		String token = workerPass("王小明", true);
		String scanId = UUID.randomUUID().toString();
		scan(token, "IN", scanId).andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("VALID"))
			.andExpect(jsonPath("$.reason").value("OK"))
			.andExpect(jsonPath("$.reasonText").value("通行码有效"))
			.andExpect(jsonPath("$.holder").value("王*明"))
			.andExpect(jsonPath("$.passType").value("WORKER"))
			.andExpect(jsonPath("$.duplicate").value(false));
		scan(token, "IN", scanId).andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("VALID"))
			.andExpect(jsonPath("$.duplicate").value(true));
		assertThat(rows(scanId)).isEqualTo(1);

		// The same pass again within ten seconds, from another scan: said so, not logged.
		String again = UUID.randomUUID().toString();
		scan(token, "IN", again).andExpect(jsonPath("$.alreadyScanned").value(true));
		assertThat(rows(again)).isZero();
		// The other direction is a new scan.
		scan(token, "OUT", UUID.randomUUID().toString()).andExpect(jsonPath("$.alreadyScanned").value(false));
	}

	@Test
	void twentyConcurrentRetriesLogOnceAndAgree() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			// Several rounds: the retries land in one batch or in batches of different log writers.
			for (int round = 0; round < 5; round++) {
				String token = workerPass("李四" + round, true);
				String scanId = UUID.randomUUID().toString();
				List<Callable<String>> calls = new ArrayList<>();
				for (int i = 0; i < 20; i++) {
					calls.add(() -> {
						String body = scan(token, "IN", scanId).andExpect(status().isOk())
							.andReturn()
							.getResponse()
							.getContentAsString();
						return JsonPath.read(body, "$.verdict") + "/" + JsonPath.read(body, "$.scannedAt");
					});
				}
				Set<String> answers = pool.invokeAll(calls).stream().map(GateFlowTests::result).collect(Collectors.toSet());
				assertThat(answers).hasSize(1);
				assertThat(answers.iterator().next()).startsWith("VALID/");
				assertThat(rows(scanId)).isEqualTo(1);
				assertThat(this.jdbc.queryForObject("SELECT scanned_at FROM gate_scan WHERE scan_id = ?",
						java.sql.Timestamp.class, scanId).toInstant().toString())
					.isEqualTo(answers.iterator().next().substring("VALID/".length()));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void forgedTamperedAndTruncatedCodesAreInvalidAndNeverFail() throws Exception {
		String token = workerPass("赵五", true);
		Random random = new Random(3);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		List<String> codes = new ArrayList<>(List.of("", "hello", "FG:", "FG:AAAA", "FG:" + "Z".repeat(300),
				"https://example.com/?pass=1", token.substring(0, token.length() / 2), token + "AB", "1234567890",
				"FG:0189", "\u0000\u0001"));
		for (int i = 0; i < 40; i++) {
			int at = 3 + random.nextInt(token.length() - 3);
			char other = alphabet.charAt(random.nextInt(alphabet.length()));
			if (other != token.charAt(at)) {
				codes.add(token.substring(0, at) + other + token.substring(at + 1));
			}
		}
		for (String code : codes) {
			if (code.isEmpty()) {
				scan(code, "IN", UUID.randomUUID().toString()).andExpect(status().isBadRequest());
				continue;
			}
			scan(code, "IN", UUID.randomUUID().toString()).andExpect(status().isOk())
				.andExpect(jsonPath("$.verdict").value("INVALID"));
		}
	}

	@Test
	void revocationSuspensionAndAPositiveTestStopAPassAtOnce() throws Exception {
		long employee = PassFixtures.employee(this.mvc, this.owner, "孙七", true);
		String answer = issue(employee);
		String token = JsonPath.read(answer, "$.qrText");
		long passId = ((Number) JsonPath.read(answer, "$.id")).longValue();
		scan(token, "IN", UUID.randomUUID().toString()).andExpect(jsonPath("$.verdict").value("VALID"));

		this.whitelist.suspend(as("songjiang"), this.entry.id(), "督查");
		scan(token, "OUT", UUID.randomUUID().toString()).andExpect(jsonPath("$.reason").value("ENTERPRISE_SUSPENDED"));
		this.whitelist.restore(as("songjiang"), this.entry.id(), "整改完成");
		scan(token, "ARRIVE", UUID.randomUUID().toString()).andExpect(jsonPath("$.reason").value("OK"));

		PassFixtures.test(this.mvc, this.owner, employee, "POSITIVE", Instant.now().minusSeconds(30));
		scan(token, "DEPART", UUID.randomUUID().toString()).andExpect(jsonPath("$.reason").value("TEST_POSITIVE"));

		this.mvc.perform(post("/api/v1/passes/{id}/revoke", passId).with(user(this.owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"离职\"}")).andExpect(status().isOk());
		scan(token, "IN", UUID.randomUUID().toString()).andExpect(jsonPath("$.reason").value("REVOKED"));
	}

	@Test
	void aShortCodeTypedInVerifiesLikeTheQrCode() throws Exception {
		String answer = issue(PassFixtures.employee(this.mvc, this.owner, "周八", true));
		String shortCode = JsonPath.read(answer, "$.shortCode");
		scan(shortCode.toLowerCase(), "IN", UUID.randomUUID().toString())
			.andExpect(jsonPath("$.verdict").value("VALID"))
			.andExpect(jsonPath("$.holder").value("周*"));
	}

	@Test
	void aDeviceTokenAuthenticatesWithoutAPassword() throws Exception {
		String body = this.mvc.perform(post("/api/v1/gate/devices").with(user(this.guard))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"label\": \"测试手机\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String device = JsonPath.read(body, "$.token");
		String token = workerPass("吴九", true);
		this.mvc.perform(post("/api/v1/gate/verify").header(HttpHeaders.AUTHORIZATION, "Bearer " + device)
			.contentType(MediaType.APPLICATION_JSON)
			.content(verifyBody(token, "IN", UUID.randomUUID().toString())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("VALID"));
		this.mvc.perform(get("/api/v1/gate/ping").header(HttpHeaders.AUTHORIZATION, "Bearer fgd_not-a-token"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/v1/gate/devices").with(user(this.owner))).andExpect(status().isForbidden());
	}

	@Test
	void aGuardWithoutACheckpointIsToldSo() throws Exception {
		this.jdbc.update("""
				INSERT INTO app_user (username, password_hash, display_name, role, region_code, created_at)
				VALUES ('guard-unbound', 'x', '未分配', 'GUARD', '310117105', now()) ON CONFLICT DO NOTHING
				""");
		this.mvc.perform(post("/api/v1/gate/verify").with(user(this.users.loadUserByUsername("guard-unbound")))
			.contentType(MediaType.APPLICATION_JSON)
			.content(verifyBody("FG:AAAA", "IN", UUID.randomUUID().toString())))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value("您还没有被分配到卡口或门岗，请联系所在区或街镇的管理人员。"));
	}

	@Test
	void theOfflineBundleCarriesKeysRevocationsAndSuspensionsAndSyncRechecks() throws Exception {
		long employee = PassFixtures.employee(this.mvc, this.owner, "郑十", true);
		String answer = issue(employee);
		String token = JsonPath.read(answer, "$.qrText");
		long passId = ((Number) JsonPath.read(answer, "$.id")).longValue();
		this.mvc.perform(post("/api/v1/passes/{id}/revoke", passId).with(user(this.owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"遗失\"}")).andExpect(status().isOk());
		String bundle = this.mvc.perform(get("/api/v1/gate/offline-bundle").with(user(this.guard)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.keys[0].jwk.crv").value("P-256"))
			.andExpect(jsonPath("$.maxAgeHours").value(12))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> revoked = JsonPath.read(bundle, "$.revoked");
		assertThat(revoked.stream().map(Number::longValue)).contains(passId);

		String valid = workerPass("冯一", true);
		String first = UUID.randomUUID().toString();
		String second = UUID.randomUUID().toString();
		String scans = """
				[{"scanId": "%s", "qrText": "%s", "direction": "IN", "scannedAt": "%s", "verdict": "VALID"},
				 {"scanId": "%s", "qrText": "%s", "direction": "IN", "scannedAt": "%s", "verdict": "VALID"}]
				""".formatted(first, valid, Instant.now(), second, token, Instant.now());
		this.mvc.perform(post("/api/v1/gate/scans/sync").with(user(this.guard))
			.contentType(MediaType.APPLICATION_JSON)
			.content(scans))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(2))
			.andExpect(jsonPath("$.duplicates").value(0))
			.andExpect(jsonPath("$.mismatches[0]").value(second));
		this.mvc.perform(post("/api/v1/gate/scans/sync").with(user(this.guard))
			.contentType(MediaType.APPLICATION_JSON)
			.content(scans))
			.andExpect(jsonPath("$.accepted").value(0))
			.andExpect(jsonPath("$.duplicates").value(2));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM gate_scan WHERE scan_id IN (?, ?) AND offline",
				Integer.class, first, second)).isEqualTo(2);
	}

	@Test
	void vehiclesDepartingWithoutArrivingOrOutOfScopeAreFlagged() throws Exception {
		long enterprise = ((org.fugong.security.CurrentUser) this.owner).requireEnterpriseId();
		String local = this.passes.issueVehicle(new VehiclePassRequest(enterprise, "沪A12345", "沪A1***5",
				VehicleScope.DISTRICT, Instant.now(), Instant.now().plus(Duration.ofDays(2))), "songjiang").pass().qrText();
		assertThat(local).isNotNull();
		scan(local, "DEPART", UUID.randomUUID().toString())
			.andExpect(jsonPath("$.verdict").value("VALID"))
			.andExpect(jsonPath("$.flag").value("DEPART_WITHOUT_ARRIVAL"));
		scan(local, "ARRIVE", UUID.randomUUID().toString()).andExpect(jsonPath("$.flag").doesNotExist());

		Registered fengxian = Registrations.register(this.mvc, "310120", "310120101");
		this.whitelist.add(as("fengxian"), fengxian.id(), WhitelistLevel.DISTRICT, "测试批", null);
		String elsewhere = this.passes.issueVehicle(new VehiclePassRequest(fengxian.id(), "沪B12345", "沪B1***5",
				VehicleScope.DISTRICT, Instant.now(), Instant.now().plus(Duration.ofDays(2))), "fengxian").pass().qrText();
		scan(elsewhere, "IN", UUID.randomUUID().toString())
			.andExpect(jsonPath("$.verdict").value("INVALID"))
			.andExpect(jsonPath("$.reason").value("OUT_OF_SCOPE"))
			.andExpect(jsonPath("$.flag").value("OUT_OF_SCOPE"));
	}

	private ResultActions scan(String code, String direction, String scanId) throws Exception {
		return this.mvc.perform(post("/api/v1/gate/verify").with(user(this.guard))
			.contentType(MediaType.APPLICATION_JSON)
			.content(verifyBody(code, direction, scanId)));
	}

	private static String verifyBody(String code, String direction, String scanId) {
		return "{\"qrText\": \"" + code.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000")
			.replace("\u0001", "\\u0001") + "\", \"direction\": \"" + direction + "\", \"scanId\": \"" + scanId + "\"}";
	}

	private String workerPass(String name, boolean tested) throws Exception {
		return JsonPath.read(issue(PassFixtures.employee(this.mvc, this.owner, name, tested)), "$.qrText");
	}

	private String issue(long employee) throws Exception {
		return this.mvc.perform(post("/api/v1/passes/worker").with(user(this.owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"employeeId\": " + employee + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private int rows(String scanId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM gate_scan WHERE scan_id = ?", Integer.class, scanId);
	}

	private CurrentUser as(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	private static String result(Future<String> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
