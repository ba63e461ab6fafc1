package org.fugong.inspection;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.fugong.support.Browsers;
import org.fugong.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An inspector's morning on a 360 px phone in real headless Chromium: the round
 * fits the screen, the inspection form takes a photo from the file chooser the
 * camera fills, and a failed aspect lands on the printable notice. Needs Debian's
 * chromium and chromium-driver; skipped without them except on CI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class InspectionBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void anInspectorWorksTheRoundOnAPhoneAndIssuesANotice() throws Exception {
		WebDriver browser = Browsers.phone();
		Path photo = Files.createTempFile("yard-", ".png");
		try {
			ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
			Browsers.signIn(browser, this.port, "hg-team7", "Fugong@2026");
			browser.get("http://localhost:" + this.port + "/inspections/round");
			List<WebElement> inspect = browser.findElements(By.cssSelector("a[href*='/inspections/new?enterprise=']"));
			assertThat(inspect).isNotEmpty();
			Browsers.assertNoHorizontalScroll(browser, "the round");
			Browsers.click(browser, inspect.get(0));
			Browsers.waitForPath(browser, "/inspections/new");
			Browsers.assertNoHorizontalScroll(browser, "the inspection form");
			for (int i = 0; i < Aspect.values().length; i++) {
				Browsers.click(browser, browser.findElement(By.cssSelector("label[for='" + ((i == 3) ? "fail-" : "pass-") + i + "']")));
			}
			Browsers.type(browser, "note-3", "两名员工没有当日抗原记录");
			WebElement camera = browser.findElement(By.id("photo-3"));
			assertThat(camera.getAttribute("capture")).isEqualTo("environment");
			camera.sendKeys(photo.toString());
			Browsers.click(browser, browser.findElement(By.cssSelector("form[action$='/inspections/new'] button[type=submit]")));
			new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
				.until((d) -> d.getCurrentUrl().contains("/rectifications/"));
			assertThat(browser.findElement(By.cssSelector(".fg-notice-number")).getText()).matches(InspectionFlowTests.NUMBER);
			assertThat(browser.getPageSource()).contains("两名员工没有当日抗原记录").contains("/inspections/photos/");
			Browsers.assertNoHorizontalScroll(browser, "the notice");
		}
		finally {
			Browsers.quit(browser);
			Files.deleteIfExists(photo);
		}
	}

}
