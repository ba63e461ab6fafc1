package org.fugong.enterprise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.fugong.common.DemoData;
import org.fugong.support.Browsers;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.support.TestData;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verification queue in a real browser: the town officer finds the waiting
 * enterprises, opens a licence's page, is told which field is missing, rejects
 * with a note, and the enterprise reads the note on its phone. The screenshots
 * illustrate the guides ({@code target/screenshots}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class VerificationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void aTownOfficerWorksTheQueueAndTheEnterpriseReadsTheNoteOnItsPhone() throws Exception {
		Registered rejected = null;
		for (String name : new String[] { "上海新桥精工模具有限公司", "上海民益包装材料有限公司", "上海新桥智能传感科技有限公司" }) {
			Registered registered = Registrations.registerPending(this.mvc, TestData.creditCode(), name,
					TestData.username("vq"), "310117", "310117105");
			rejected = (rejected != null) ? rejected : registered;
		}
		WebDriver browser = Browsers.phone();
		try {
			browser.manage().window().setSize(new Dimension(1440, 1000));
			Browsers.signIn(browser, this.port, "xinqiao", DemoData.PASSWORD);
			browser.get(url("/enterprises/verifications"));
			assertThat(browser.getPageSource()).contains("待核验企业", "上海新桥精工模具有限公司", "上海民益包装材料有限公司");
			screenshot(browser, "verification-queue");

			browser.get(url("/enterprises/" + rejected.id() + "/verification"));
			Browsers.click(browser, browser.findElement(By.cssSelector("input[name='decision'][value='REJECTED']")));
			Browsers.click(browser, browser.findElement(By.cssSelector("#verification-form button[type=submit]")));
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until((d) -> !d.findElements(By.cssSelector("#note.is-invalid")).isEmpty());
			assertThat(browser.getPageSource()).contains("不通过时请填写核验意见");
			Browsers.type(browser, "note", "营业执照上的法定代表人与填写的不一致，请核对后重新上传。");
			screenshot(browser, "verification-decision");
			Browsers.click(browser, browser.findElement(By.cssSelector("#verification-form button[type=submit]")));
			Browsers.waitForPath(browser, "/enterprises/verifications");
			assertThat(browser.getPageSource()).contains("已退回核验");

			browser.manage().window().setSize(new Dimension(360, 800));
			Browsers.signIn(browser, this.port, rejected.username(), Registrations.PASSWORD);
			browser.get(url("/enterprise/verification"));
			assertThat(browser.findElement(By.id("verification-note")).getText()).contains("法定代表人与填写的不一致");
			Browsers.assertNoHorizontalScroll(browser, "the enterprise's verification page");
			screenshot(browser, "verification-enterprise-phone");
		}
		finally {
			Browsers.quit(browser);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static void screenshot(WebDriver browser, String name) throws Exception {
		Path directory = Files.createDirectories(Path.of("target/screenshots"));
		Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
