package org.fugong.market;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.fugong.common.TimeFormat;
import org.fugong.support.Browsers;
import org.fugong.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared trucks in real headless Chromium: demo-ent finds a free truck on a
 * 360 px phone and books it, the carrier (ent-sijing) sees the request among its
 * trucks, and the district official reads the pool's use per day on a desk
 * screen. Writes the guide's screenshots to {@code target/screenshots}. Needs
 * Debian's chromium and chromium-driver; skipped without them except on CI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class TruckBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void anEnterpriseBooksATruckOnAPhoneTheCarrierSeesItAndTheDistrictReadsTheUse() throws Exception {
		WebDriver browser = Browsers.phone();
		LocalDate day = LocalDate.now(TimeFormat.ZONE).plusDays(4);
		try {
			Browsers.signIn(browser, this.port, "demo-ent", "Fugong@2026");
			browser.get(url("/trucks?date=" + day + "&minTons=5"));
			Browsers.assertNoHorizontalScroll(browser, "the truck pool on a phone");
			screenshot(browser, "trucks-pool-phone");
			Browsers.click(browser, browser.findElement(By.cssSelector("a[href*='/trucks/book']")));
			Browsers.waitForPath(browser, "/trucks/book");
			Browsers.type(browser, "origin", "新桥镇民益路201号");
			Browsers.type(browser, "destination", "泗泾镇九干路168号");
			Browsers.type(browser, "cargo", "浏览器测试零件 4 吨");
			Browsers.assertNoHorizontalScroll(browser, "the booking form on a phone");
			screenshot(browser, "trucks-book-phone");
			Browsers.click(browser, browser.findElement(By.cssSelector("form[action$='/trucks/book'] button[type=submit]")));
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until((d) -> d.getCurrentUrl().matches(".*/trucks/bookings/\\d+$"));
			assertThat(browser.getPageSource()).contains("浏览器测试零件 4 吨");
			screenshot(browser, "trucks-booking-phone");

			Browsers.signIn(browser, this.port, "ent-sijing", "Fugong@2026");
			browser.get(url("/trucks/mine"));
			assertThat(browser.getPageSource()).contains("上海新桥精密机械有限公司");
			Browsers.assertNoHorizontalScroll(browser, "the carrier's trucks and bookings on a phone");
			screenshot(browser, "trucks-carrier-phone");

			browser.manage().window().setSize(new Dimension(1440, 1000));
			Browsers.signIn(browser, this.port, "songjiang", "Fugong@2026");
			browser.get(url("/trucks/oversight"));
			new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> !d
				.findElements(By.cssSelector(".fg-chart[data-rendered='true']"))
				.isEmpty());
			screenshot(browser, "trucks-oversight");
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
