package org.fugong.dashboard;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.DemoData;
import org.fugong.common.TimeFormat;
import org.fugong.support.Browsers;
import org.fugong.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard on a district the size of Songjiang: generates, in SQL
 * ({@code generate_series}, no JPA), 2,316 enterprises of 松江区 with 113,000
 * employees and their worker passes, whitelist entries, 30 days of daily
 * reports and test results (antigen daily, PCR every third day), 1,500 vehicle
 * passes and 1,000,000 scans at 40 checkpoints; the summary tables fill through
 * their triggers as the rows go in. Then it times {@code GET /stats/overview}
 * (p50/p95 over 300 requests, district and city, random regions and ranges),
 * an export of 100,000+ scans as a job, and the dashboard page in headless
 * Chromium (Navigation Timing, load event). Run with
 * {@code ./mvnw test -Dtest=DashboardBenchmark -Dbenchmark=true -DargLine=-Xmx512m};
 * it asserts no time (figures in docs/performance.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DashboardBenchmark {

	@Autowired
	TallyCompaction compaction;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@LocalServerPort
	int port;

	@Test
	void songjiangSizedDistrict() throws Exception {
		long start = System.nanoTime();
		generate();
		System.out.printf("%nGenerated in %.0f s: %s%n", (System.nanoTime() - start) / 1e9, counts());
		overview("songjiang");
		overview("city");
		export();
		page();
	}

	private void generate() {
		String today = "(now() AT TIME ZONE 'Asia/Shanghai')::date";
		this.jdbc.execute("""
				INSERT INTO enterprise (credit_code, name, district_code, town_code, address, industry, staff_count,
				  above_designated_size, foreign_invested, contact_name, contact_phone, registered_at, updated_at)
				SELECT 'BM' || lpad(g::text, 16, '0'), '基准企业' || g, '310117', t.towns[1 + g % array_length(t.towns, 1)],
				  '松江区基准路 ' || g || ' 号',
				  (ARRAY['MANUFACTURING','MANUFACTURING','MANUFACTURING','WHOLESALE_RETAIL','TRANSPORT_LOGISTICS',
				         'IT_SOFTWARE','CONSTRUCTION','BUSINESS_SERVICES'])[1 + g % 8],
				  49, g % 3 = 0, g % 10 = 0, '王联络', '139' || lpad(g::text, 8, '0'), now() - interval '60 days', now()
				FROM generate_series(1, 2316) g,
				  (SELECT array_agg(code ORDER BY code) AS towns FROM region WHERE parent_code = '310117') t
				""");
		this.jdbc.execute("""
				CREATE UNLOGGED TABLE bench_enterprise AS
				SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, town_code FROM enterprise WHERE credit_code LIKE 'BM%'
				""");
		this.jdbc.execute("""
				INSERT INTO employee (enterprise_id, name, id_number_cipher, id_number_hash, id_number_masked, id_number_tail,
				  phone, department, staff_role, on_site, active, created_at, updated_at)
				SELECT e.id, '员工' || g, 'bench', md5('bench' || g), '3101**********' || lpad((g % 10000)::text, 4, '0'),
				  lpad((g % 10000)::text, 4, '0'), '138' || lpad(g::text, 8, '0'), '生产车间', 'PRODUCTION', g % 10 <> 0,
				  true, now(), now()
				FROM generate_series(1, 113000) g JOIN bench_enterprise e ON e.n = g % 2316
				""");
		this.jdbc.execute("""
				INSERT INTO whitelist_entry (enterprise_id, enterprise_name, credit_code, district_code, town_code, level,
				  batch, status, source, since, updated_at, created_by)
				SELECT id, name, credit_code, district_code, town_code, 'DISTRICT', '基准批次', 'ACTIVE', 'MANUAL',
				  now() - interval '40 days', now(), 'bench'
				FROM enterprise WHERE credit_code LIKE 'BM%' AND id % 10 <> 9
				UNION ALL
				SELECT id, name, credit_code, district_code, town_code, 'CITY', '基准市级批次', 'ACTIVE', 'IMPORT',
				  now() - interval '45 days', now(), 'bench'
				FROM enterprise WHERE credit_code LIKE 'BM%' AND id % 7 = 0
				""");
		this.jdbc.execute("""
				INSERT INTO daily_report (enterprise_id, report_date, staff_on_site, capacity_percent, antigen_tested,
				  pcr_sampled, abnormal, created_at, updated_at, updated_by)
				SELECT e.id, %s - d, CASE WHEN (e.id + d) %% 8 = 0 THEN 0 ELSE 20 + e.id %% 30 END,
				  (e.id * 7 + d * 3) %% 101, 40, 12, 0, now(), now(), 'bench'
				FROM enterprise e, generate_series(0, 29) d
				WHERE e.credit_code LIKE 'BM%%' AND e.id %% 10 <> 9 AND (e.id + d) %% 13 <> 0
				""".formatted(today));
		for (int d = 0; d < 30; d++) {
			String day = "(" + today + " - " + d + ")";
			this.jdbc.execute("""
					INSERT INTO test_result (enterprise_id, employee_id, kind, outcome, sampled_at, recorded_at, recorded_by,
					  source)
					SELECT m.enterprise_id, m.id, 'ANTIGEN', CASE WHEN (m.id + %1$d) %% 4999 = 0 THEN 'POSITIVE' ELSE 'NEGATIVE' END,
					  least(now() - interval '1 minute', (%2$s::timestamp + time '07:00') AT TIME ZONE 'Asia/Shanghai'
					    + (m.id %% 120) * interval '1 minute'), now(), 'bench', 'IMPORT'
					FROM employee m JOIN bench_enterprise e ON e.id = m.enterprise_id
					WHERE (m.id + %1$d) %% 7 <> 0
					""".formatted(d, day));
			this.jdbc.execute("""
					INSERT INTO test_result (enterprise_id, employee_id, kind, outcome, sampled_at, recorded_at, recorded_by,
					  source)
					SELECT m.enterprise_id, m.id, 'PCR', 'NEGATIVE',
					  least(now() - interval '1 minute', (%2$s::timestamp + time '18:00') AT TIME ZONE 'Asia/Shanghai'
					    + (m.id %% 60) * interval '1 minute'), now(), 'bench', 'IMPORT'
					FROM employee m JOIN bench_enterprise e ON e.id = m.enterprise_id
					WHERE m.id %% 3 = %1$d %% 3
					""".formatted(d, day));
		}
		String kid = this.jdbc.queryForObject("SELECT kid FROM pass_signing_key ORDER BY created_at LIMIT 1", String.class);
		this.jdbc.update("""
				INSERT INTO pass (id, type, enterprise_id, district_code, town_code, employee_id, holder_name, holder_masked,
				  department, short_code, valid_from, valid_to, status, kid, token, token_hash, issued_at, issued_by)
				SELECT nextval('pass_seq'), 'WORKER', m.enterprise_id, '310117', e.town_code, m.id, m.name,
				  left(m.name, 1) || '*' || right(m.name, 1), m.department, 'BW' || lpad(m.id::text, 10, '0'),
				  now() - interval '20 days', now() + interval '10 days', 'ACTIVE', ?, 'bench', decode(md5('w' || m.id), 'hex'),
				  now() - ((m.id %% 28) || ' days')::interval, 'bench'
				FROM employee m JOIN bench_enterprise e ON e.id = m.enterprise_id
				""".replace("%%", "%"), kid);
		this.jdbc.update("""
				INSERT INTO pass (id, type, enterprise_id, district_code, town_code, holder_name, holder_masked, scope,
				  short_code, valid_from, valid_to, status, kid, token, token_hash, issued_at, issued_by)
				SELECT nextval('pass_seq'), 'VEHICLE', e.id, '310117', e.town_code, '沪A' || lpad(g::text, 5, '0'),
				  '沪A***' || right(lpad(g::text, 5, '0'), 2),
				  CASE WHEN g % 10 < 1 THEN 'DISTRICT' WHEN g % 10 < 6 THEN 'CITY' ELSE 'INTER_PROVINCE' END,
				  'BV' || lpad(g::text, 10, '0'), now() - interval '10 days', now() + interval '20 days', 'ACTIVE', ?, 'bench',
				  decode(md5('v' || g), 'hex'), now() - ((g % 28) || ' days')::interval, 'bench'
				FROM generate_series(1, 1500) g JOIN bench_enterprise e ON e.n = (g * 17) % 2316
				""", kid);
		this.jdbc.execute("""
				INSERT INTO checkpoint (name, kind, region_code, district_code, default_direction, created_at, created_by)
				SELECT '基准卡口 ' || t.code || '-' || k, CASE WHEN k = 1 THEN 'FACTORY_GATE' ELSE 'ROAD_CHECKPOINT' END,
				  t.code, '310117', 'IN', now(), 'bench'
				FROM region t, generate_series(1, 2) k WHERE t.parent_code = '310117'
				""");
		this.jdbc.execute("""
				CREATE UNLOGGED TABLE bench_checkpoint AS
				SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM checkpoint WHERE name LIKE '基准卡口%'
				""");
		this.jdbc.execute("""
				CREATE UNLOGGED TABLE bench_pass AS
				SELECT id, type, enterprise_id, row_number() OVER (PARTITION BY type ORDER BY id) - 1 AS n
				FROM pass WHERE short_code LIKE 'B%' AND issued_by = 'bench'
				""");
		int checkpoints = this.jdbc.queryForObject("SELECT count(*) FROM bench_checkpoint", Integer.class);
		for (int chunk = 0; chunk < 10; chunk++) {
			this.jdbc.execute("""
					INSERT INTO gate_scan (scan_id, pass_id, pass_type, enterprise_id, checkpoint_id, guard, direction, verdict,
					  reason, scanned_at, recorded_at)
					SELECT 'bench-' || x.g, p.id, p.type, p.enterprise_id, c.id, 'bench',
					  CASE WHEN p.type = 'VEHICLE' THEN (CASE WHEN x.g %% 40 = 7 THEN 'ARRIVE' ELSE 'DEPART' END)
					       ELSE (CASE WHEN x.g %% 2 = 0 THEN 'IN' ELSE 'OUT' END) END,
					  CASE WHEN x.g %% 20 = 0 THEN 'INVALID' ELSE 'VALID' END,
					  CASE WHEN x.g %% 20 <> 0 THEN 'OK'
					       ELSE (ARRAY['EXPIRED','REVOKED','TEST_OVERDUE','ENTERPRISE_SUSPENDED','MALFORMED'])[1 + (x.g / 20) %% 5] END,
					  now() - ((x.g::bigint * 2591) %% 2592000) * interval '1 second', now()
					FROM (SELECT g, CASE WHEN g %% 20 = 7 THEN 'VEHICLE' ELSE 'WORKER' END AS ptype,
					        CASE WHEN g %% 20 = 7 THEN g %% 1500 ELSE g %% 113000 END AS pn
					      FROM generate_series(%1$d * 100000 + 1, (%1$d + 1) * 100000) g) x
					JOIN bench_pass p ON p.type = x.ptype AND p.n = x.pn
					JOIN bench_checkpoint c ON c.n = x.g %% %2$d
					""".formatted(chunk, checkpoints));
		}
		this.compaction.compact();
		this.jdbc.execute("DROP TABLE bench_enterprise, bench_checkpoint, bench_pass");
		for (String table : List.of("enterprise", "employee", "whitelist_entry", "daily_report", "test_result", "pass",
				"gate_scan", "checkpoint", "test_day_tally", "scan_hour_tally")) {
			this.jdbc.execute("VACUUM ANALYZE " + table);
		}
	}

	private String counts() {
		return this.jdbc.queryForObject("""
				SELECT format('%s enterprises, %s employees, %s daily reports, %s test results, %s passes (%s vehicle),
				  %s scans; tallies: %s test rows, %s scan rows',
				  (SELECT count(*) FROM enterprise WHERE district_code = '310117'), (SELECT count(*) FROM employee),
				  (SELECT count(*) FROM daily_report), (SELECT count(*) FROM test_result), (SELECT count(*) FROM pass),
				  (SELECT count(*) FROM pass WHERE type = 'VEHICLE'), (SELECT count(*) FROM gate_scan),
				  (SELECT count(*) FROM test_day_tally), (SELECT count(*) FROM scan_hour_tally))
				""", String.class);
	}

	private void overview(String who) throws Exception {
		RequestPostProcessor as = user(this.users.loadUserByUsername(who));
		List<String> towns = this.jdbc.queryForList("SELECT code FROM region WHERE parent_code = '310117'", String.class);
		Random random = new Random(10);
		LocalDate today = TimeFormat.today();
		for (int i = 0; i < 30; i++) {
			this.mvc.perform(get("/api/v1/stats/overview").with(as)).andExpect(status().isOk());
		}
		int runs = 300;
		long[] nanos = new long[runs];
		for (int i = 0; i < runs; i++) {
			var request = get("/api/v1/stats/overview").with(as);
			int shape = random.nextInt(4);
			if (shape == 1) {
				request.param("region", towns.get(random.nextInt(towns.size())));
			}
			if (shape == 2) {
				request.param("from", today.minusDays(29).toString());
			}
			if (shape == 3) {
				request.param("region", "310117").param("from", today.minusDays(6).toString());
			}
			long start = System.nanoTime();
			this.mvc.perform(request).andExpect(status().isOk());
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("GET /api/v1/stats/overview as %s, %d requests: p50 %.1f ms  p95 %.1f ms  max %.1f ms%n", who,
				runs, nanos[runs / 2] / 1e6, nanos[runs * 95 / 100] / 1e6, nanos[runs - 1] / 1e6);
	}

	private void export() throws Exception {
		RequestPostProcessor as = user(this.users.loadUserByUsername("songjiang"));
		LocalDate today = TimeFormat.today();
		String query = "from=" + today.minusDays(3) + "&to=" + today;
		for (int round = 0; round < 3; round++) {
			long start = System.nanoTime();
			String body = this.mvc.perform(get("/api/v1/exports/scans.xlsx?" + query).with(as))
				.andExpect(status().isAccepted())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			String job = JsonPath.read(body, "$.jobId");
			String state = "RUNNING";
			String status = null;
			while ("RUNNING".equals(state)) {
				Thread.sleep(50);
				status = this.mvc.perform(get("/api/v1/exports/jobs/" + job).with(as))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
				state = JsonPath.read(status, "$.state");
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			byte[] file = this.mvc.perform(get("/api/v1/exports/jobs/" + job + "/file").with(as))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			Runtime runtime = Runtime.getRuntime();
			System.out.printf("Export of %s scans (job %s): %.2f s request to file ready, %d KB, max heap %d MB%n",
					JsonPath.read(status, "$.processed").toString(), state, seconds, file.length / 1024,
					runtime.maxMemory() / (1024 * 1024));
		}
	}

	private void page() throws Exception {
		Path chromium = Path.of("/usr/bin/chromium");
		Path driver = Path.of("/usr/bin/chromedriver");
		if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
			System.out.println("No Chromium: page timing skipped");
			return;
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1280,900", "--lang=zh-CN");
		ChromeDriver browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(), options);
		try {
			Browsers.signIn(browser, this.port, "songjiang", DemoData.PASSWORD);
			int runs = 20;
			double[] complete = new double[runs];
			double[] charts = new double[runs];
			for (int i = -3; i < runs; i++) {
				browser.get("http://localhost:" + this.port + "/dashboard");
				new WebDriverWait(browser, Duration.ofSeconds(20)).until((d) -> ((JavascriptExecutor) d)
					.executeScript("return document.querySelector('.fg-chart[data-rendered]')") != null);
				Number load = (Number) browser.executeScript(
						"var n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;");
				Number drawn = (Number) browser.executeScript("return performance.now();");
				if (i >= 0) {
					complete[i] = load.doubleValue();
					charts[i] = drawn.doubleValue();
				}
			}
			Arrays.sort(complete);
			Arrays.sort(charts);
			System.out.printf("Dashboard page in Chromium, %d loads: load event p50 %.0f ms  p95 %.0f ms; first screen's charts drawn "
					+ "p50 %.0f ms  p95 %.0f ms%n%n", runs, complete[runs / 2], complete[runs * 95 / 100], charts[runs / 2],
					charts[runs * 95 / 100]);
		}
		finally {
			browser.quit();
		}
	}

}
