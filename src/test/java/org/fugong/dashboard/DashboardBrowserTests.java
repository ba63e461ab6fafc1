package org.fugong.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.fugong.common.DemoData;
import org.fugong.support.Browsers;
import org.fugong.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard in a real browser (headless Chromium, an office screen):
 * ECharts, served by the app, draws every chart from the table beside it under
 * the page's Content-Security-Policy, with no console error and no request to
 * any other host. It also reads the page's load time off the Navigation Timing
 * API (docs/performance.md has the figure on the benchmark's district).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class DashboardBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!available && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI must install chromium and chromium-driver for the browser tests");
		}
		assumeTrue(available, "Chromium and chromedriver are not installed: the dashboard's browser test is skipped");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1440,1000", "--lang=zh-CN");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
				options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theDashboardDrawsEveryChartFromItsTableWithoutErrorsOrExternalRequests() {
		Browsers.signIn(browser, this.port, "songjiang", DemoData.PASSWORD);
		browser.manage().logs().get(LogType.BROWSER).getAll();
		browser.get("http://localhost:" + this.port + "/dashboard");
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until((d) -> ((JavascriptExecutor) d).executeScript("return document.documentElement.getAttribute('data-charts')") != null);
		// Charts are drawn as they come near the screen: scroll through the page.
		for (var box : browser.findElements(By.cssSelector(".fg-chart[data-table]"))) {
			((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
		}
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((d) -> d
			.findElements(By.cssSelector(".fg-chart[data-table]:not([data-rendered]):not(.d-none)")).isEmpty());
		int boxes = browser.findElements(By.cssSelector(".fg-chart[data-table]")).size();
		int drawn = browser.findElements(By.cssSelector(".fg-chart[data-rendered] canvas")).size();
		int empty = browser.findElements(By.cssSelector(".fg-chart.d-none")).size();
		assertThat(drawn).as("charts drawn").isPositive().isEqualTo(boxes - empty);
		assertThat(browser.findElement(By.id("t-level")).getText()).contains("区级白名单");
		screenshot("dashboard");

		String origin = "http://localhost:" + this.port;
		@SuppressWarnings("unchecked")
		List<String> requested = (List<String>) browser
			.executeScript("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
		assertThat(requested).isNotEmpty().allSatisfy((url) -> assertThat(url).startsWith(origin));
		assertThat(requested).anySatisfy((url) -> assertThat(url).contains("/webjars/echarts/"));

		List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.toList();
		assertThat(problems).as(problems.stream().map(LogEntry::getMessage).collect(Collectors.joining("\n"))).isEmpty();

		Number loaded = (Number) browser.executeScript(
				"var n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;");
		System.out.printf("Dashboard page complete (demo data): %.0f ms%n", loaded.doubleValue());
	}

	/** For the guide: {@code target/screenshots}. */
	private static void screenshot(String name) {
		try {
			((JavascriptExecutor) browser).executeScript("window.scrollTo({top: 0, behavior: 'instant'});");
			Path directory = Files.createDirectories(Path.of("target/screenshots"));
			Files.write(directory.resolve(name + ".png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
