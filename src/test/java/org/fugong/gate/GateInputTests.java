package org.fugong.gate;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.fugong.pass.VerificationReason;
import org.fugong.security.CurrentUser;
import org.fugong.security.DeviceTokens;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One guard cannot fail everyone's scans: scan ids, offline times and sync sizes
 * are checked field by field on the device's fast path and the session's
 * controller path alike; a log batch with a row the database refuses logs the
 * other rows; a device scanning forged codes is throttled.
 */
@IntegrationTest
class GateInputTests {

	private static final String NUL = "\\u0000";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DeviceTokens devices;

	@Autowired
	ScanLog log;

	@Autowired
	ForgedScans forgedScans;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	DatabaseReach reach;

	private String device;

	@BeforeEach
	void aDevice() {
		this.device = this.devices.issue(as("guard1"), "测试手机");
	}

	@Test
	void aBadScanIdIsAFieldErrorOnBothPaths() throws Exception {
		for (String scanId : List.of("abc" + NUL, "有中文", "a b", "x".repeat(65), "a/b", "")) {
			String body = "{\"qrText\": \"FG:AAAA\", \"direction\": \"IN\", \"scanId\": \"" + scanId + "\"}";
			for (MockHttpServletRequestBuilder path : List.of(viaDevice(post("/api/v1/gate/verify")),
					viaSession(post("/api/v1/gate/verify")))) {
				problem(this.mvc.perform(path.contentType(MediaType.APPLICATION_JSON).content(body)), 400)
					.andExpect(jsonPath("$.errors[0].field").value("scanId"))
					.andExpect(jsonPath("$.errors[0].message").value(
							"扫码编号 scanId 缺失或格式不对：应为 1 到 64 位字母、数字、下划线或连字符（每次扫码一个，重试时沿用）。"));
			}
		}
		String uuid = UUID.randomUUID().toString();
		this.mvc.perform(viaDevice(post("/api/v1/gate/verify")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"qrText\": \"FG:AAAA\", \"direction\": \"IN\", \"scanId\": \"" + uuid + "\"}"))
			.andExpect(status().isOk());
		assertThat(rows(uuid)).isEqualTo(1);
	}

	@Test
	void aSyncWithABadScanIsRefusedNamingItAndLogsNothing() throws Exception {
		String good = UUID.randomUUID().toString();
		Instant now = Instant.now();
		assertSyncRefused(List.of(scan(good, now), scan("bad" + NUL, now)), "scans[1].scanId");
		assertSyncRefused(List.of(scan(good, now), scanAt(UUID.randomUUID().toString(), "0000-01-01T00:00:00Z")),
				"scans[1].scannedAt");
		assertSyncRefused(List.of(scan(good, now.minus(Duration.ofHours(13)))), "scans[0].scannedAt");
		assertSyncRefused(List.of(scan(good, now.plus(Duration.ofMinutes(30)))), "scans[0].scannedAt");
		assertSyncRefused(List.of(scanAt(good, null)), "scans[0].scannedAt");
		List<String> many = new ArrayList<>();
		for (int i = 0; i < ScanInput.MAX_SYNC + 1; i++) {
			many.add(scan(UUID.randomUUID().toString(), now));
		}
		assertSyncRefused(many, "scans");
		assertThat(rows(good)).isZero();

		// Within the clock skew, and as old as the offline window allows: accepted.
		String ahead = UUID.randomUUID().toString();
		String old = UUID.randomUUID().toString();
		this.mvc.perform(viaDevice(post("/api/v1/gate/scans/sync")).contentType(MediaType.APPLICATION_JSON)
			.content(List.of(scan(ahead, now.plus(Duration.ofMinutes(2))), scan(old, now.minus(Duration.ofHours(11))))
				.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(2));
		assertThat(rows(ahead) + rows(old)).isEqualTo(2);
	}

	@Test
	void aRowTheDatabaseRefusesFailsOnlyItsOwnScanInTheBatch() throws Exception {
		Instant now = Instant.now();
		long checkpoint = this.jdbc.queryForObject("SELECT checkpoint_id FROM gate_guard WHERE username = 'guard1'",
				Long.class);
		String first = UUID.randomUUID().toString();
		String second = UUID.randomUUID().toString();
		List<ScanRow> rows = List.of(row(first, checkpoint, now), row("nul\u0000" + first, checkpoint, now),
				row(UUID.randomUUID().toString(), checkpoint, Instant.parse("0000-01-01T00:00:00Z")),
				row(second, checkpoint, now));
		List<CompletableFuture<ScanRow>> done = this.log.writeTogether(rows);
		assertThat(done.get(0).get(5, TimeUnit.SECONDS).scanId()).isEqualTo(first);
		assertThatThrownBy(() -> done.get(1).get(5, TimeUnit.SECONDS)).hasRootCauseInstanceOf(Exception.class);
		assertThatThrownBy(() -> done.get(2).get(5, TimeUnit.SECONDS)).hasRootCauseInstanceOf(Exception.class);
		assertThat(done.get(3).get(5, TimeUnit.SECONDS).scanId()).isEqualTo(second);
		assertThat(rows(first) + rows(second)).isEqualTo(2);
	}

	@Test
	void aScanIsCommittedBeforeItIsAnsweredEvenOnAConnectionInsideATransaction() throws Exception {
		long checkpoint = this.jdbc.queryForObject("SELECT checkpoint_id FROM gate_guard WHERE username = 'guard1'",
				Long.class);
		String scanId = UUID.randomUUID().toString();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			SingleConnectionDataSource handedOut = new SingleConnectionDataSource(connection, true);
			ScanBatchWriter writer = new ScanBatchWriter(new JdbcTemplate(handedOut), Clock.systemUTC(), this.reach);
			ScanLog.Pending pending = new ScanLog.Pending(row(scanId, checkpoint, Instant.now()),
					new CompletableFuture<>());
			writer.writeOrOneByOne(new ArrayList<>(List.of(pending)), new LinkedBlockingQueue<>());
			assertThat(pending.done().get(5, TimeUnit.SECONDS).scanId()).isEqualTo(scanId);
			// Seen from another connection once answered: committed, not waiting in an open transaction.
			assertThat(rows(scanId)).isEqualTo(1);
			connection.setAutoCommit(true);
		}
	}

	@Test
	void aDeviceScanningForgedCodesIsThrottledOnBothPaths() throws Exception {
		this.jdbc.update("""
				INSERT INTO app_user (username, password_hash, display_name, role, region_code, created_at)
				VALUES ('guard-forger', 'x', '伪造测试', 'GUARD', '310117105', now()) ON CONFLICT DO NOTHING
				""");
		this.jdbc.update("""
				INSERT INTO gate_guard (username, checkpoint_id, assigned_at, assigned_by)
				SELECT 'guard-forger', checkpoint_id, now(), 'test' FROM gate_guard WHERE username = 'guard1'
				ON CONFLICT (username) DO NOTHING
				""");
		String forgerDevice = this.devices.issue(as("guard-forger"), "被盗手机");
		// A bad signature counts against the device; a malformed code (a shop's barcode) does not.
		this.forgedScans.record("guard-forger", VerificationReason.MALFORMED);
		this.forgedScans.requireAllowed("guard-forger");
		// As many forged codes as the limit allows (the test configuration's limit is high).
		assertThatThrownBy(() -> {
			for (int i = 0; i < 1_000_000; i++) {
				this.forgedScans.record("guard-forger", VerificationReason.BAD_SIGNATURE);
				this.forgedScans.requireAllowed("guard-forger");
			}
		}).isInstanceOf(ForgedScans.TooManyForgedScansException.class);
		String scanId = UUID.randomUUID().toString();
		String body = "{\"qrText\": \"FG:AAAA\", \"direction\": \"IN\", \"scanId\": \"" + scanId + "\"}";
		problem(this.mvc.perform(post("/api/v1/gate/verify").header(HttpHeaders.AUTHORIZATION, "Bearer " + forgerDevice)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)), 429).andExpect(header().string(HttpHeaders.RETRY_AFTER, "60"))
			.andExpect(jsonPath("$.detail").value("这台设备短时间内扫到太多伪造的通行码，请稍后再试。"));
		problem(this.mvc.perform(post("/api/v1/gate/verify").with(user(as("guard-forger"))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)), 429);
		assertThat(rows(scanId)).isZero();
		// Other devices scan on.
		this.mvc.perform(viaDevice(post("/api/v1/gate/verify")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"qrText\": \"FG:AAAA\", \"direction\": \"IN\", \"scanId\": \"" + UUID.randomUUID() + "\"}"))
			.andExpect(status().isOk());
	}

	@Test
	void theLimitIsATokenBucketPerDevice() {
		ForgedScans limit = new ForgedScans(3);
		for (int i = 0; i < 3; i++) {
			limit.requireAllowed("phone-a");
			limit.record("phone-a", VerificationReason.UNKNOWN_KEY);
		}
		assertThatThrownBy(() -> limit.requireAllowed("phone-a"))
			.isInstanceOf(ForgedScans.TooManyForgedScansException.class);
		limit.requireAllowed("phone-b");
	}

	private void assertSyncRefused(List<String> scans, String field) throws Exception {
		for (MockHttpServletRequestBuilder path : List.of(viaDevice(post("/api/v1/gate/scans/sync")),
				viaSession(post("/api/v1/gate/scans/sync")))) {
			problem(this.mvc.perform(path.contentType(MediaType.APPLICATION_JSON).content(scans.toString())), 400)
				.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem(field)));
		}
	}

	private ResultActions problem(ResultActions result, int status) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status));
	}

	private MockHttpServletRequestBuilder viaDevice(MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.device);
	}

	private MockHttpServletRequestBuilder viaSession(MockHttpServletRequestBuilder request) {
		return request.with(user(as("guard1"))).with(csrf());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor csrf() {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
	}

	private static String scan(String scanId, Instant at) {
		return scanAt(scanId, at.toString());
	}

	private static String scanAt(String scanId, String at) {
		return "{\"scanId\": \"" + scanId + "\", \"qrText\": \"FG:AAAA\", \"direction\": \"IN\", \"scannedAt\": "
				+ ((at != null) ? "\"" + at + "\"" : "null") + ", \"verdict\": \"INVALID\"}";
	}

	private static ScanRow row(String scanId, long checkpoint, Instant at) {
		return new ScanRow(scanId, null, null, null, checkpoint, "guard1", Direction.IN, false, "MALFORMED", at, false,
				null, false, null, false);
	}

	private int rows(String scanId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM gate_scan WHERE scan_id = ?", Integer.class, scanId);
	}

	private CurrentUser as(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
