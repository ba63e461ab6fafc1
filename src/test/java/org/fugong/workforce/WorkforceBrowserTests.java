package org.fugong.workforce;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.fugong.common.IdNumbers;
import org.fugong.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The workforce pages in a real browser on a 360 px phone screen: no page
 * scrolls sideways, an employee is added through the form, and an upload's
 * progress page follows the job (its script, under the CSP) until it shows the
 * bad rows. Skipped where Chromium is not installed, like {@code BrowserTests}.
 * Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class WorkforceBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startBrowser() {
		boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!available && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI must install chromium and chromium-driver for the browser tests");
		}
		assumeTrue(available, "Chromium and chromedriver are not installed: browser tests skipped");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=360,800", "--lang=zh-CN");
		browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theWorkforcePagesWorkOnAPhone() throws Exception {
		signIn("demo-ent", "Fugong@2026");
		for (String page : new String[] { "/workforce/employees", "/workforce/employees/new", "/workforce/tests",
				"/workforce/daily-reports", "/workforce/imports" }) {
			open(page);
			assertThat(browser.findElements(By.cssSelector("main h1"))).as(page).isNotEmpty();
			assertNoHorizontalScroll(page);
			screenshot(page);
		}

		open("/workforce/employees/new");
		type("name", "手机录入");
		type("idNumber", "11010519491231002x");
		type("phone", "13911112222");
		type("department", "总装车间");
		click(browser.findElement(By.cssSelector("#main form button[type=submit]")));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> d.getPageSource().contains("已添加员工"));
		assertThat(browser.getPageSource()).contains("1101**********002X").doesNotContain("11010519491231002X");

		// Big enough to be still running when its page first shows, so that the page's script follows it.
		StringBuilder rows = new StringBuilder("姓名,身份证号,手机号,部门,驻厂/通勤\n乙,123,1,车间,驻厂\n");
		for (int i = 0; i < 3000; i++) {
			rows.append("员工").append(i).append(',').append(IdNumbers.of("310117", LocalDate.of(1980, 1, 1).plusDays(i / 900), i % 900))
				.append(",13800138000,车间,驻厂\n");
		}
		Path csv = Files.createTempFile("roster", ".csv");
		Files.writeString(csv, rows, StandardCharsets.UTF_8);
		open("/workforce/imports");
		browser.findElement(By.id("file")).sendKeys(csv.toString());
		click(browser.findElement(By.cssSelector("#main form button[type=submit]")));
		new WebDriverWait(browser, Duration.ofSeconds(30)).until((d) -> d.getPageSource().contains("导入完成"));
		assertThat(browser.getPageSource()).contains("共 3,001 行");
		assertThat(browser.getPageSource()).contains("身份证号码不正确").contains("errors.csv");
		assertNoHorizontalScroll("import job");
		screenshot("/workforce/imports/job");

		// A job still running: the page's script moves the bar, then shows the outcome once the job ends.
		long enterprise = this.jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'demo-ent'",
				Long.class);
		this.jdbc.update("""
				INSERT INTO import_job (id, enterprise_id, kind, state, locale, total, processed, created_by, created_at,
				  started_at, heartbeat_at)
				VALUES ('browser-running', ?, 'TESTS', 'RUNNING', 'zh-CN', 200, 50, 'demo-ent', now(), now(), now())
				""", enterprise);
		open("/workforce/imports/browser-running");
		WebElement bar = browser.findElement(By.cssSelector("[data-progress-bar]"));
		new WebDriverWait(browser, Duration.ofSeconds(5)).until((d) -> "25%"
			.equals(((JavascriptExecutor) d).executeScript("return arguments[0].style.width;", bar)));
		this.jdbc.update("UPDATE import_job SET processed = 200, state = 'DONE', finished_at = now() WHERE id = 'browser-running'");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> d.getPageSource().contains("导入完成：共 200 行"));

		signIn("songjiang", "Fugong@2026");
		open("/workforce/test-rule");
		assertNoHorizontalScroll("/workforce/test-rule");
		screenshot("/workforce/test-rule");
	}

	private void signIn(String username, String password) {
		browser.manage().deleteAllCookies();
		open("/login");
		type("username", username);
		type("password", password);
		click(browser.findElement(By.cssSelector("form button[type=submit]")));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((d) -> d.getCurrentUrl().replaceFirst("https?://[^/]+", "").replaceFirst("[?#].*", "").equals("/"));
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private static void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private static void assertNoHorizontalScroll(String page) {
		Object overflow = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s at 360 px", page).isLessThanOrEqualTo(0);
	}

	private static void screenshot(String page) throws Exception {
		Path directory = Path.of("target/screenshots");
		Files.createDirectories(directory);
		byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		Files.write(directory.resolve(page.substring(1).replace('/', '-') + ".png"), png);
	}

}
