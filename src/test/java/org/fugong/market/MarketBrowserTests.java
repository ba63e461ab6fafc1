package org.fugong.market;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.fugong.support.Browsers;
import org.fugong.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supply and demand in real headless Chromium: demo-ent posts a demand on a
 * 360 px phone and sees its matches with reasons, searches the market, and the
 * district official reads the oversight page on a desk screen. Writes the
 * guide's screenshots to {@code target/screenshots}. Needs Debian's chromium and
 * chromium-driver; skipped without them except on CI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class MarketBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void anEnterprisePostsOnAPhoneSeesMatchesAndTheDistrictOversees() throws Exception {
		WebDriver browser = Browsers.phone();
		String title = "医用外科口罩 " + UUID.randomUUID().toString().substring(0, 6);
		try {
			Browsers.signIn(browser, this.port, "demo-ent", "Fugong@2026");
			browser.get(url("/market/new"));
			Browsers.assertNoHorizontalScroll(browser, "the posting form");
			new Select(browser.findElement(By.id("category"))).selectByValue("PROTECTIVE");
			Browsers.type(browser, "title", title);
			Browsers.type(browser, "description", "复工首周员工防护用，需符合 YY 0469。");
			Browsers.type(browser, "quantity", "20000");
			Browsers.type(browser, "unit", "只");
			screenshot(browser, "market-post-form-phone");
			Browsers.click(browser, browser.findElement(By.cssSelector("form[action$='/market/new'] button[type=submit]")));
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until((d) -> d.getCurrentUrl().matches(".*/market/posts/\\d+$"));
			assertThat(browser.getPageSource()).contains(title);
			Browsers.assertNoHorizontalScroll(browser, "the post with its matches on a phone");
			screenshot(browser, "market-matches-phone");
			browser.get(url("/market?q=口罩"));
			assertThat(browser.getPageSource()).contains(title);
			Browsers.assertNoHorizontalScroll(browser, "the market search on a phone");
			screenshot(browser, "market-search-phone");

			browser.manage().window().setSize(new Dimension(1440, 1000));
			Browsers.signIn(browser, this.port, "songjiang", "Fugong@2026");
			browser.get(url("/market/oversight"));
			assertThat(browser.getPageSource()).contains(title);
			screenshot(browser, "market-oversight");
		}
		finally {
			Browsers.quit(browser);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** For the guide: {@code target/screenshots}. */
	private static void screenshot(WebDriver browser, String name) throws Exception {
		Path directory = Files.createDirectories(Path.of("target/screenshots"));
		Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
