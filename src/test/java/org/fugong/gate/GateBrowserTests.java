package org.fugong.gate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.jayway.jsonpath.JsonPath;
import org.fugong.pass.PassService;
import org.fugong.pass.VehiclePassRequest;
import org.fugong.pass.VehicleScope;
import org.fugong.security.CurrentUser;
import org.fugong.support.PassFixtures;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.support.TestDatabaseConfiguration;
import org.fugong.whitelist.WhitelistLevel;
import org.fugong.whitelist.WhitelistService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The guard's page in real headless Chromium on a 360 px phone, its camera a fake
 * device that films a pass's QR code (a Y4M video written from the pass's PNG):
 * a valid pass shows VALID, a revoked one its reason, and with the network cut a
 * valid pass gets the offline verdict, whose scan syncs once the network is back.
 * Needs Debian's chromium and chromium-driver; skipped without them except on CI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class GateBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String VERDICT = """
			var v = document.getElementById('gate-verdict');
			if (!v || v.hidden || !v.getAttribute('data-verdict')) { return null; }
			return v.getAttribute('data-verdict') + '|' + v.getAttribute('data-offline') + '|' + v.innerText;
			""";

	private static ChromeDriver browser;

	private static Path camera;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	WhitelistService whitelist;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PassService passes;

	@BeforeAll
	static void startBrowser() throws Exception {
		boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!available && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI must install chromium and chromium-driver for the browser tests");
		}
		assumeTrue(available, "Chromium and chromedriver are not installed: the gate's browser test is skipped");
		camera = Files.createTempDirectory("fugong-camera").resolve("camera.y4m");
		Y4mVideo.writeBlank(camera);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=360,800", "--lang=zh-CN", "--use-fake-ui-for-media-stream",
				"--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + camera,
				"--autoplay-policy=no-user-gesture-required");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		// A desktop window cannot be narrower than about 500 px: the phone's screen is emulated.
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
	}

	@AfterAll
	static void stopBrowser() throws Exception {
		if (browser != null) {
			browser.quit();
		}
		if (camera != null) {
			Files.deleteIfExists(camera);
		}
	}

	@Test
	void theGuardScansValidRevokedAndOfflinePassesWithThePhoneCamera() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.whitelist.add((CurrentUser) this.users.loadUserByUsername("songjiang"), enterprise.id(),
				WhitelistLevel.DISTRICT, "测试批", null);
		UserDetails owner = this.users.loadUserByUsername(enterprise.username());
		long valid = issue(owner, PassFixtures.employee(this.mvc, owner, "王小明", true));
		long revoked = issue(owner, PassFixtures.employee(this.mvc, owner, "李大力", true));
		long offline = issue(owner, PassFixtures.employee(this.mvc, owner, "陈晓东", true));
		// Drawn before the revocation: a revoked pass has no QR code to show, but the holder may still have a picture.
		byte[] revokedCode = readableQrPng(owner, revoked);
		this.mvc.perform(post("/api/v1/passes/{id}/revoke", revoked).with(user(owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"离职\"}")).andExpect(status().isOk());

		signIn("guard1", "Fugong@2026");

		// A valid pass in front of the camera.
		film(owner, valid);
		open("/gate");
		assertThat(browser.findElement(By.id("gate-checkpoint")).getText()).isEqualTo("新桥镇 G60 卡口");
		assertThat(browser.findElement(By.id("gate-kind")).getText()).isEqualTo("卡口");
		assertThat(browser.findElement(By.cssSelector("[data-direction=IN]")).getDomAttribute("aria-pressed"))
			.isEqualTo("true");
		assertNoHorizontalScroll();
		String verdict = awaitVerdict();
		assertThat(verdict).startsWith("VALID|false|").contains("通行码有效").contains("王*明").contains("员工通行码");
		screenshot("gate-valid");
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until((d) -> !"0".equals(d.findElement(By.id("gate-count-in")).getText()));

		// A revoked pass.
		Y4mVideo.writePng(revokedCode, camera);
		open("/gate");
		assertThat(awaitVerdict()).startsWith("INVALID|false|").contains("通行码已作废").contains("李*力");
		screenshot("gate-revoked");

		// The network cut: the page (from the service worker) checks the pass in the browser and keeps the scan.
		awaitOfflineReadiness();
		film(owner, offline);
		network(false);
		try {
			browser.navigate().refresh();
			String offlineVerdict = awaitVerdict();
			assertThat(offlineVerdict).startsWith("VALID|true|").contains("离线核验").contains("陈*东");
			screenshot("gate-offline");
			new WebDriverWait(browser, Duration.ofSeconds(5))
				.until((d) -> d.findElement(By.id("gate-queue")).getText().contains("1"));
			assertThat(offlineRows(offline)).isZero();
			browser.executeScript("document.getElementById('gate-verdict').click();");
			screenshot("gate-page-offline");
		}
		finally {
			network(true);
		}
		new WebDriverWait(browser, Duration.ofSeconds(20)).until((d) -> offlineRows(offline) == 1);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((d) -> !d.findElement(By.id("gate-queue")).isDisplayed());
	}

	/**
	 * The page enrols the phone and verifies with its token (no cookie); a scan made
	 * while the token is renewed is logged once; a phone an official revokes loses
	 * its token and its sign-in, and the page says to sign in again.
	 */
	@Test
	void theEnrolledPhoneVerifiesWithItsTokenAndARevokedOneFallsBackToSignIn() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.whitelist.add((CurrentUser) this.users.loadUserByUsername("songjiang"), enterprise.id(),
				WhitelistLevel.DISTRICT, "测试批", null);
		UserDetails owner = this.users.loadUserByUsername(enterprise.username());
		long filmed = issue(owner, PassFixtures.employee(this.mvc, owner, "孔令一", true));
		long renewed = issue(owner, PassFixtures.employee(this.mvc, owner, "孔令二", true));
		long refused = issue(owner, PassFixtures.employee(this.mvc, owner, "孔令三", true));
		@SuppressWarnings("unchecked")
		Map<String, Object> spy = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				(function () {
				  var fetch = window.fetch;
				  window.__fgCalls = [];
				  window.fetch = function (url, init) {
				    var headers = (init && init.headers) || {};
				    var bearer = String(headers['Authorization'] || '').indexOf('Bearer fgd_') === 0;
				    window.__fgCalls.push(((init && init.method) || 'GET') + ' ' + url + ' ' + (bearer ? 'bearer' : 'session')
				      + ' ' + ((init && init.credentials) || ''));
				    return fetch.apply(this, arguments);
				  };
				})();
				"""));
		try {
			Y4mVideo.writeBlank(camera);
			signIn("guard1", "Fugong@2026");
			open("/gate");
			long first = awaitDevice(null);
			assertThat(this.jdbc.queryForObject("SELECT username FROM gate_device WHERE id = ?", String.class, first))
				.isEqualTo("guard1");

			// A pass in front of the camera: verified through the device token, without the session cookie.
			film(owner, filmed);
			open("/gate");
			assertThat(awaitVerdict()).startsWith("VALID|false|").contains("孔*一");
			assertThat(calls()).anyMatch((call) -> call.contains("/api/v1/gate/verify bearer omit"))
				.noneMatch((call) -> call.contains("/api/v1/gate/verify session"));
			assertThat(rows(filmed)).isEqualTo(1);

			// The shift's last hour: the page renews its token through the session while a code is checked.
			browser.executeAsyncScript("""
					var done = arguments[arguments.length - 1];
					var store = window.FugongGateOffline.store;
					store.loadDevice().then(function (d) {
					  d.expiresAt = new Date(Date.now() + 5 * 60000).toISOString();
					  return store.saveDevice(d);
					}).then(function () { done(true); }, function (e) { done(String(e)); });
					""");
			Y4mVideo.writeBlank(camera);
			open("/gate");
			type(shortCode(owner, renewed));
			assertThat(awaitVerdict()).startsWith("VALID|false|").contains("孔*二");
			long second = awaitDevice(first);
			assertThat(second).isNotEqualTo(first);
			assertThat(rows(renewed)).isEqualTo(1);
			browser.executeScript("document.getElementById('gate-verdict').click();");

			// An official revokes the phone (lost): its token and its sign-in end; the page falls back to signing in.
			this.mvc.perform(post("/api/v1/gate/devices/{id}/revoke", second)
				.with(user(this.users.loadUserByUsername("songjiang")))).andExpect(status().isNoContent());
			type(shortCode(owner, refused));
			assertThat(awaitVerdict()).startsWith("UNCONFIRMED|").contains("请重新登录");
			assertThat(browser.findElement(By.id("gate")).getDomAttribute("data-device")).isNull();
			assertThat(calls()).anyMatch((call) -> call.contains("/api/v1/gate/verify bearer"))
				.anyMatch((call) -> call.contains("/api/v1/gate/verify session"));
			assertThat(rows(refused)).isZero();
			open("/gate");
			new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> d.getCurrentUrl().contains("/login"));
		}
		finally {
			browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
					Map.of("identifier", spy.get("identifier")));
		}
	}

	/** The id of the device the page enrolled, once it is another than {@code before}. */
	private static long awaitDevice(Long before) {
		String id = new WebDriverWait(browser, Duration.ofSeconds(15)).until((d) -> {
			String device = d.findElement(By.id("gate")).getDomAttribute("data-device");
			return (device != null && !device.equals(String.valueOf(before))) ? device : null;
		});
		return Long.parseLong(id);
	}

	@SuppressWarnings("unchecked")
	private static List<String> calls() {
		return (List<String>) browser.executeScript("return window.__fgCalls || [];");
	}

	private String shortCode(UserDetails owner, long passId) throws Exception {
		return JsonPath.read(this.mvc.perform(get("/api/v1/passes/{id}", passId).with(user(owner)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.shortCode");
	}

	private int rows(long passId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM gate_scan WHERE pass_id = ?", Integer.class, passId);
	}

	@Test
	void aShortCodeTypedInIsCheckedAndRepeatsAreSaidSo() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.whitelist.add((CurrentUser) this.users.loadUserByUsername("songjiang"), enterprise.id(),
				WhitelistLevel.DISTRICT, "测试批", null);
		UserDetails owner = this.users.loadUserByUsername(enterprise.username());
		String answer = this.mvc.perform(post("/api/v1/passes/worker").with(user(owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"employeeId\": " + PassFixtures.employee(this.mvc, owner, "周小八", true) + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String shortCode = JsonPath.read(answer, "$.shortCode");
		Y4mVideo.writeBlank(camera);
		signIn("guard1", "Fugong@2026");
		open("/gate");
		browser.findElement(By.cssSelector("[data-direction=OUT]")).click();
		type(shortCode);
		assertThat(awaitVerdict()).startsWith("VALID|false|").contains("周*八").contains("出");
		browser.executeScript("document.getElementById('gate-verdict').click();");
		type(shortCode);
		assertThat(awaitVerdict()).contains("刚刚已扫过");
	}

	@Test
	void theBrowsersOfflineCheckReadsTheTokenAndItsSignatureAsTheServerDoes() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.whitelist.add((CurrentUser) this.users.loadUserByUsername("songjiang"), enterprise.id(),
				WhitelistLevel.DISTRICT, "测试批", null);
		UserDetails owner = this.users.loadUserByUsername(enterprise.username());
		String valid = qrText(owner, PassFixtures.employee(this.mvc, owner, "吴一", true), null);
		String later = qrText(owner, PassFixtures.employee(this.mvc, owner, "吴二", true),
				Instant.now().plus(Duration.ofDays(1)));
		Registered fengxian = Registrations.register(this.mvc, "310120", "310120101");
		this.whitelist.add((CurrentUser) this.users.loadUserByUsername("fengxian"), fengxian.id(),
				WhitelistLevel.DISTRICT, "测试批", null);
		String elsewhere = this.passes.issueVehicle(new VehiclePassRequest(fengxian.id(), "沪B54321", "沪B5***1",
				VehicleScope.DISTRICT, Instant.now(), Instant.now().plus(Duration.ofDays(2))), "fengxian").pass().qrText();
		String citywide = this.passes.issueVehicle(new VehiclePassRequest(fengxian.id(), "沪B65432", "沪B6***2",
				VehicleScope.CITY, Instant.now(), Instant.now().plus(Duration.ofDays(2))), "fengxian").pass().qrText();
		int at = valid.length() - 20;
		String tampered = valid.substring(0, at) + (valid.charAt(at) == 'A' ? 'B' : 'A') + valid.substring(at + 1);

		Y4mVideo.writeBlank(camera);
		signIn("guard1", "Fugong@2026");
		open("/gate");
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((d) -> Boolean.TRUE.equals(
				((JavascriptExecutor) d).executeAsyncScript("""
						var done = arguments[arguments.length - 1];
						window.FugongGateOffline.store.loadBundle().then(function (b) { done(!!b); }, function () { done(false); });
						""")));

		assertThat(offlineCheck(valid, 0, 0, false)).isEqualTo("VALID/OK");
		assertThat(offlineCheck(tampered, 0, 0, false)).isIn("INVALID/BAD_SIGNATURE", "INVALID/MALFORMED");
		assertThat(offlineCheck(valid.substring(0, valid.length() - 9), 0, 0, false)).isEqualTo("INVALID/MALFORMED");
		assertThat(offlineCheck("FG:hello", 0, 0, false)).isEqualTo("INVALID/MALFORMED");
		assertThat(offlineCheck(valid, 0, 0, true)).isEqualTo("INVALID/UNKNOWN_KEY");
		assertThat(offlineCheck(later, 0, 0, false)).isEqualTo("INVALID/NOT_YET_VALID");
		assertThat(offlineCheck(valid, 31, 0, false)).isEqualTo("INVALID/EXPIRED");
		assertThat(offlineCheck(elsewhere, 0, 0, false)).isEqualTo("INVALID/OUT_OF_SCOPE");
		assertThat(offlineCheck(citywide, 0, 0, false)).isEqualTo("VALID/OK");
		// A bundle older than its limit (12 hours) confirms nothing, not even a good pass.
		assertThat(offlineCheck(valid, 0, 11, false)).isEqualTo("VALID/OK");
		assertThat(offlineCheck(valid, 0, 13, false)).isEqualTo("UNCONFIRMED/OK");
	}

	/**
	 * The page's offline verdict of a token {@code days} from now, with the kept bundle as if
	 * fetched {@code bundleAgeHours} before that, and without its keys when {@code noKeys}.
	 */
	private static String offlineCheck(String token, double days, double bundleAgeHours, boolean noKeys) {
		return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
				var token = arguments[0], days = arguments[1], age = arguments[2], noKeys = arguments[3];
				var done = arguments[arguments.length - 1];
				var offline = window.FugongGateOffline;
				var now = Date.now() + days * 86400000;
				offline.store.loadBundle().then(function (kept) {
				  var bundle = Object.assign({}, kept, { issuedAt: new Date(now - age * 3600000).toISOString() });
				  if (noKeys) { bundle.keys = []; }
				  return offline.verify(token, bundle, now);
				}).then(function (r) { done(r.verdict + '/' + r.reason); }, function (e) { done('ERROR/' + e); });
				""", token, days, bundleAgeHours, noKeys);
	}

	private String qrText(UserDetails owner, long employee, Instant validFrom) throws Exception {
		String from = (validFrom != null) ? ", \"validFrom\": \"" + validFrom + "\"" : "";
		String answer = this.mvc.perform(post("/api/v1/passes/worker").with(user(owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"employeeId\": " + employee + from + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(answer, "$.qrText");
	}

	private void type(String code) {
		WebElement input = browser.findElement(By.id("gate-code"));
		new WebDriverWait(browser, Duration.ofSeconds(5)).until((d) -> input.isDisplayed());
		input.sendKeys(code, Keys.ENTER);
	}

	private long issue(UserDetails owner, long employee) throws Exception {
		String answer = this.mvc.perform(post("/api/v1/passes/worker").with(user(owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"employeeId\": " + employee + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	/** Puts the pass's QR code (the PNG the API draws) in front of the fake camera. */
	private void film(UserDetails owner, long passId) throws Exception {
		for (int attempt = 0; attempt < 5; attempt++) {
			byte[] png = readableQrPng(owner, passId);
			if (pageReads(png)) {
				Y4mVideo.writePng(png, camera);
				return;
			}
			this.passes.renew((CurrentUser) owner, passId, null);
		}
		throw new IllegalStateException("No code of pass " + passId + " read by the page in five signatures");
	}

	/**
	 * Whether the page's own reader (html5-qrcode, ZXing's JavaScript port) finds the
	 * code drawn at the 336 px the page shows the camera: the Java check above stands
	 * in for it but does not always decide the same for a picture scaled by the
	 * browser. Answers true where the open page has no reader to ask.
	 */
	private static boolean pageReads(byte[] png) {
		Object read = browser.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				if (typeof Html5Qrcode === 'undefined') { done(true); return; }
				var holder = document.getElementById('film-probe');
				if (!holder) {
				  holder = document.createElement('div'); holder.id = 'film-probe'; holder.style.display = 'none';
				  document.body.appendChild(holder);
				}
				var img = new Image();
				img.onerror = function () { done(false); };
				img.onload = function () {
				  var c = document.createElement('canvas'); c.width = 336; c.height = 336;
				  c.getContext('2d').drawImage(img, 0, 0, 336, 336);
				  c.toBlob(function (b) {
				    new Html5Qrcode('film-probe').scanFile(new File([b], 'f.png', {type: 'image/png'}), false)
				      .then(function () { done(true); }, function () { done(false); });
				  });
				};
				img.src = 'data:image/png;base64,' + arguments[0];
				""", java.util.Base64.getEncoder().encodeToString(png));
		return Boolean.TRUE.equals(read);
	}

	/**
	 * The pass's PNG, known to read: the camera's first frame as the page decodes it
	 * (halved to the 336 px it shows, five-pixel modules) is read by ZXing in camera
	 * mode, the detector html5-qrcode uses in Chromium. Issuing guarantees that for
	 * the default PNG; this larger one is filmed so that the page sees whole-pixel
	 * modules, and should its code be one of the few that read at one size and not
	 * at another, the pass is renewed (a new signature) until it reads.
	 */
	private byte[] readableQrPng(UserDetails owner, long passId) throws Exception {
		for (int attempt = 0; attempt < 5; attempt++) {
			byte[] png = qrPng(owner, passId);
			if (cameraReads(Y4mVideo.frame(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)), 0))) {
				return png;
			}
			this.passes.renew((CurrentUser) owner, passId, null);
		}
		throw new IllegalStateException("No code of pass " + passId + " read in five signatures");
	}

	private static boolean cameraReads(byte[] frame) {
		int width = Y4mVideo.WIDTH / 2;
		int height = Y4mVideo.HEIGHT / 2;
		byte[] shown = new byte[width * height];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int at = 2 * y * Y4mVideo.WIDTH + 2 * x;
				int sum = (frame[at] & 0xff) + (frame[at + 1] & 0xff) + (frame[at + Y4mVideo.WIDTH] & 0xff)
						+ (frame[at + Y4mVideo.WIDTH + 1] & 0xff);
				shown[y * width + x] = (byte) (sum / 4);
			}
		}
		try {
			return new MultiFormatReader()
				.decode(new BinaryBitmap(new HybridBinarizer(
						new PlanarYUVLuminanceSource(shown, width, height, 0, 0, width, height, false))),
						Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.POSSIBLE_FORMATS,
								java.util.List.of(BarcodeFormat.QR_CODE)))
				.getText()
				.startsWith("FG:");
		}
		catch (com.google.zxing.NotFoundException ex) {
			return false;
		}
	}

	private byte[] qrPng(UserDetails owner, long passId) throws Exception {
		return this.mvc.perform(get("/api/v1/passes/{id}/qr.png", passId).param("size", "650").with(user(owner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static String awaitVerdict() throws Exception {
		try {
			return waitForVerdict();
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			screenshot("no-verdict");
			Object probe = browser.executeAsyncScript("""
					var done = arguments[arguments.length - 1];
					var v = document.querySelector('#gate-reader video');
					var c = document.createElement('canvas'); c.width = 336; c.height = 336;
					c.getContext('2d').drawImage(v, 0, 0, 336, 336);
					var d = document.createElement('div'); d.id = 'probe'; d.style.display = 'none'; document.body.appendChild(d);
					c.toBlob(function (b) {
					  var f = new File([b], 'f.png', {type: 'image/png'});
					  new Html5Qrcode('probe').scanFile(f, false).then(function (t) { done('decoded ' + t.substring(0, 20)); },
					    function (e) { done('failed ' + e); });
					});
					""");
			throw new IllegalStateException("probe: " + probe, ex);
		}
	}

	private static String waitForVerdict() {
		return new WebDriverWait(browser, Duration.ofSeconds(20))
			.withMessage(() -> "no verdict; status: " + browser.findElement(By.cssSelector(".fg-gate-status")).getText()
					+ " / " + browser.findElement(By.id("gate-https")).getText() + " / camera: " + cameraState()
					+ " / console: " + console())
			.until((d) -> (String) ((JavascriptExecutor) d).executeScript(VERDICT));
	}

	/**
	 * The bundle is kept, the service worker controls the page and has cached it with its
	 * scanner and scripts, so that it opens and checks offline.
	 */
	private static void awaitOfflineReadiness() {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((d) -> {
			Object ready = ((JavascriptExecutor) d).executeAsyncScript("""
					var done = arguments[arguments.length - 1];
					if (!navigator.serviceWorker.controller) { done(false); return; }
					Promise.all([window.FugongGateOffline.store.loadBundle(), caches.match('/gate'),
						caches.match(document.querySelector('script[src*=html5-qrcode]').getAttribute('src')),
						caches.match(document.querySelector('script[src*="js/gate/scan"]').getAttribute('src'))])
					  .then(function (kept) { done(kept.every(Boolean)); }, function () { done(false); });
					""");
			return Boolean.TRUE.equals(ready);
		});
	}

	/** For the guide and for a look at the page: {@code target/screenshots}. */
	private static void screenshot(String name) throws Exception {
		Path directory = Files.createDirectories(Path.of("target/screenshots"));
		Files.write(directory.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}

	private static Object cameraState() {
		return browser.executeScript("""
				var v = document.querySelector('#gate-reader video');
				var canvases = Array.prototype.map.call(document.querySelectorAll('#gate-reader canvas'),
					function (c) { return c.width + 'x' + c.height; }).join(' ');
				var root = document.getElementById('gate');
				return 'decoded ' + root.getAttribute('data-decoded') + ', ' + (v ? [v.readyState, v.videoWidth, v.videoHeight, v.clientWidth, v.clientHeight, v.currentTime,
					v.paused, canvases].join(',') : 'no video');
				""");
	}

	private static String console() {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.collect(Collectors.joining("\n"));
	}

	private static void network(boolean online) {
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !online, "latency", 0,
				"downloadThroughput", -1, "uploadThroughput", -1));
	}

	private int offlineRows(long passId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM gate_scan WHERE pass_id = ? AND offline", Integer.class,
				passId);
	}

	private void signIn(String username, String password) {
		open("/login");
		browser.manage().deleteAllCookies();
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> !d.getCurrentUrl().contains("/login"));
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static void assertNoHorizontalScroll() {
		Object overflow = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow at 360 px").isLessThanOrEqualTo(0);
	}

}
