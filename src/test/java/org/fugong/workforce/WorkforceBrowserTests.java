package org.fugong.workforce;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.fugong.common.IdNumbers;
import org.fugong.support.Browsers;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.support.Browsers.assertNoHorizontalScroll;
import static org.fugong.support.Browsers.click;
import static org.fugong.support.Browsers.signIn;
import static org.fugong.support.Browsers.type;

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

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = Browsers.phone();
	}

	@AfterAll
	static void stopBrowser() {
		Browsers.quit(browser);
	}

	@Test
	void theWorkforcePagesWorkOnAPhone() throws Exception {
		signIn(browser, this.port, "demo-ent", "Fugong@2026");
		for (String page : new String[] { "/workforce/employees", "/workforce/employees/new", "/workforce/tests",
				"/workforce/daily-reports", "/workforce/imports" }) {
			open(page);
			assertThat(browser.findElements(By.cssSelector("main h1"))).as(page).isNotEmpty();
			assertNoHorizontalScroll(browser, page);
			screenshot(page);
		}

		open("/workforce/employees/new");
		type(browser, "name", "手机录入");
		type(browser, "idNumber", "11010519491231002x");
		type(browser, "phone", "13911112222");
		type(browser, "department", "总装车间");
		click(browser, browser.findElement(By.cssSelector("#main form button[type=submit]")));
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
		click(browser, browser.findElement(By.cssSelector("#main form button[type=submit]")));
		new WebDriverWait(browser, Duration.ofSeconds(30)).until((d) -> d.getPageSource().contains("导入完成"));
		assertThat(browser.getPageSource()).contains("共 3,001 行");
		assertThat(browser.getPageSource()).contains("身份证号码不正确").contains("errors.csv");
		assertNoHorizontalScroll(browser, "import job");
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

		signIn(browser, this.port, "songjiang", "Fugong@2026");
		open("/workforce/test-rule");
		assertNoHorizontalScroll(browser, "/workforce/test-rule");
		screenshot("/workforce/test-rule");
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static void screenshot(String page) throws Exception {
		Path directory = Path.of("target/screenshots");
		Files.createDirectories(directory);
		byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
		Files.write(directory.resolve(page.substring(1).replace('/', '-') + ".png"), png);
	}

}
