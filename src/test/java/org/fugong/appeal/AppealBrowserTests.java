package org.fugong.appeal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * A demand's whole life in real headless Chromium: the enterprise files it on a
 * 360 px phone, the district official answers it on a desk screen with an
 * internal note, and the enterprise sees the answer, never the note, and closes
 * it with a rating. Needs Debian's chromium and chromium-driver; skipped without
 * them except on CI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class AppealBrowserTests {

	private static final Pattern DETAIL = Pattern.compile("/appeals/(\\d+)$");

	@LocalServerPort
	int port;

	@Test
	void anEnterpriseFilesOnAPhoneTheDistrictAnswersAndTheEnterpriseRates() throws Exception {
		WebDriver browser = Browsers.phone();
		String subject = "货车通行证办理 " + UUID.randomUUID().toString().substring(0, 6);
		String note = "内部：已与交警大队电话沟通 " + UUID.randomUUID().toString().substring(0, 6);
		try {
			Browsers.signIn(browser, this.port, "demo-ent", "Fugong@2026");
			browser.get(url("/appeals/new"));
			Browsers.assertNoHorizontalScroll(browser, "the appeal form");
			new Select(browser.findElement(By.id("type"))).selectByValue("LOGISTICS");
			Browsers.type(browser, "subject", subject);
			Browsers.type(browser, "content", "原材料运输车辆在卡口被拦，需要办理跨区通行证，请协调。");
			Browsers.click(browser, browser.findElement(By.cssSelector("form[action$='/appeals/new'] button[type=submit]")));
			new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> DETAIL.matcher(path(d)).find());
			Matcher id = DETAIL.matcher(path(browser));
			assertThat(id.find()).isTrue();
			String detail = "/appeals/" + id.group(1);
			assertThat(browser.getPageSource()).contains(subject);
			Browsers.assertNoHorizontalScroll(browser, "the appeal on a phone");
			screenshot(browser, "appeal-enterprise-phone");

			browser.manage().window().setSize(new Dimension(1440, 1000));
			Browsers.signIn(browser, this.port, "songjiang", "Fugong@2026");
			browser.get(url("/appeals"));
			assertThat(browser.getPageSource()).contains(subject);
			screenshot(browser, "appeal-queue");
			browser.get(url(detail));
			Browsers.type(browser, "noteText", note);
			Browsers.click(browser, browser.findElement(By.cssSelector("form[action$='/notes'] button[type=submit]")));
			new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> d.getPageSource().contains(note));
			Browsers.type(browser, "answer", "已协调区交通委，通行证今日可在线申领。");
			Browsers.click(browser, browser.findElement(By.cssSelector("label[for='resolved1']")));
			Browsers.click(browser, browser.findElement(By.cssSelector("form[action$='/respond'] button[type=submit]")));
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until((d) -> d.findElements(By.cssSelector(".fg-appeal-RESOLVED")).size() == 1);
			screenshot(browser, "appeal-official");

			browser.manage().window().setSize(new Dimension(360, 800));
			Browsers.signIn(browser, this.port, "demo-ent", "Fugong@2026");
			browser.get(url(detail));
			assertThat(browser.getPageSource()).contains("通行证今日可在线申领").doesNotContain(note);
			String five = browser.findElement(By.cssSelector("input[name='satisfaction'][value='5']")).getAttribute("id");
			Browsers.click(browser, browser.findElement(By.cssSelector("label[for='" + five + "']")));
			Browsers.click(browser, browser.findElement(By.cssSelector("form[action$='/close'] button[type=submit]")));
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until((d) -> d.findElements(By.cssSelector(".fg-appeal-CLOSED")).size() == 1);
			assertThat(browser.getPageSource()).doesNotContain(note);
			Browsers.assertNoHorizontalScroll(browser, "the closed appeal on a phone");
		}
		finally {
			Browsers.quit(browser);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static String path(WebDriver browser) {
		return browser.getCurrentUrl().replaceFirst("https?://[^/]+", "").replaceFirst("[?#].*", "");
	}

	/** For the guide: {@code target/screenshots}. */
	private static void screenshot(WebDriver browser, String name) throws Exception {
		Path directory = Files.createDirectories(Path.of("target/screenshots"));
		Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
