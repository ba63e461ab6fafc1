package org.fugong.liaison;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The liaison's visit in real headless Chromium: xinqiao opens their enterprises
 * on a 360 px phone, logs a visit to demo-ent and sees it on the liaison page;
 * demo-ent reads its liaison page on a phone; the district official reads the
 * enterprise file on a 1366 px office screen and on a phone. Writes the guides'
 * screenshots to {@code target/screenshots}. Needs Debian's chromium and
 * chromium-driver; skipped without them except on CI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class LiaisonBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLiaisonLogsAVisitOnAPhoneAndTheFileShowsIt() throws Exception {
		long demo = this.jdbc.queryForObject("SELECT enterprise_id FROM app_user WHERE username = 'demo-ent'", Long.class);
		String note = "检查食堂错峰就餐 " + UUID.randomUUID().toString().substring(0, 6);
		WebDriver browser = Browsers.phone();
		try {
			Browsers.signIn(browser, this.port, "xinqiao", "Fugong@2026");
			browser.get(url("/liaison"));
			Browsers.assertNoHorizontalScroll(browser, "the liaison's enterprises");
			screenshot(browser, "liaison-mine-phone");
			Browsers.click(browser, browser.findElement(By.cssSelector("a[href$='/enterprises/" + demo + "/visits/new']")));
			Browsers.waitForPath(browser, "/enterprises/" + demo + "/visits/new");
			Browsers.assertNoHorizontalScroll(browser, "the visit form");
			Browsers.type(browser, "metWith", "行政主管 王丽");
			Browsers.type(browser, "note", note);
			Browsers.type(browser, "problemsFound", "2");
			Browsers.type(browser, "problemsSolved", "1");
			screenshot(browser, "liaison-visit-phone");
			Browsers.click(browser, browser.findElement(By.cssSelector("form[action$='/visits/new'] button[type=submit]")));
			Browsers.waitForPath(browser, "/enterprises/" + demo + "/liaison");
			assertThat(browser.getPageSource()).contains(note);
			Browsers.assertNoHorizontalScroll(browser, "the liaison page");

			Browsers.signIn(browser, this.port, "demo-ent", "Fugong@2026");
			browser.get(url("/enterprise/liaison"));
			assertThat(browser.getPageSource()).contains(note).contains("新桥镇工作专班");
			Browsers.assertNoHorizontalScroll(browser, "the enterprise's liaison page");
			screenshot(browser, "liaison-enterprise-phone");

			Browsers.signIn(browser, this.port, "songjiang", "Fugong@2026");
			browser.get(url("/enterprises/" + demo));
			Browsers.assertNoHorizontalScroll(browser, "the enterprise file on a phone");
			browser.manage().window().setSize(new Dimension(1366, 768));
			browser.get(url("/enterprises/" + demo));
			new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> d.findElement(By.id("timeline")).isDisplayed());
			assertThat(browser.findElement(By.id("timeline")).getText()).contains(note.substring(0, 8));
			screenshot(browser, "enterprise-file");
		}
		finally {
			Browsers.quit(browser);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** For the guides: {@code target/screenshots}. */
	private static void screenshot(WebDriver browser, String name) throws Exception {
		Path directory = Files.createDirectories(Path.of("target/screenshots"));
		Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
