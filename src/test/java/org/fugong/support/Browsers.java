package org.fugong.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium on a 360 px phone screen for the browser tests, and the
 * steps they share. Needs Debian's chromium and chromium-driver ({@code .ci/run}
 * installs them); without them a test is skipped, except on CI where it fails.
 */
public final class Browsers {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private Browsers() {
	}

	/** A phone-sized browser, or the calling test skipped (failed on CI) when Chromium is not installed. */
	public static WebDriver phone() {
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
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		WebDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return browser;
	}

	public static void quit(WebDriver browser) {
		if (browser != null) {
			browser.quit();
		}
	}

	/** Signs in through the login page, with no session left from before. */
	public static void signIn(WebDriver browser, int port, String username, String password) {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login");
		type(browser, "username", username);
		type(browser, "password", password);
		click(browser, browser.findElement(By.cssSelector("form button[type=submit]")));
		waitForPath(browser, "/");
	}

	public static void type(WebDriver browser, String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Clicks an element once scrolled into view (on a phone screen it may be below the fold). */
	public static void click(WebDriver browser, WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	/** Waits until the browser is at {@code path} (query and fragment aside). */
	public static void waitForPath(WebDriver browser, String path) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> {
			String url = d.getCurrentUrl().replaceFirst("https?://[^/]+", "").replaceFirst("[?#].*", "");
			return url.equals(path);
		});
	}

	public static void assertNoHorizontalScroll(WebDriver browser, String page) {
		Object overflow = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s at 360 px", page).isLessThanOrEqualTo(0);
	}

}
