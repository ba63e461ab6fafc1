package org.fugong;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.fugong.support.TestData;
import org.fugong.support.Browsers;
import org.fugong.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.support.Browsers.assertNoHorizontalScroll;
import static org.fugong.support.Browsers.click;
import static org.fugong.support.Browsers.signIn;
import static org.fugong.support.Browsers.type;
import static org.fugong.support.Browsers.waitForPath;

/**
 * A real browser (headless Chromium) against the real server, on a 360 px phone
 * screen: a new enterprise registers, signs in, finds its policies and passes
 * the self-check. Needs Debian's chromium and chromium-driver ({@code .ci/run}
 * installs them); without them it is skipped, except on CI where it fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class BrowserTests {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browsers.phone();
	}

	@AfterAll
	static void stopBrowser() {
		Browsers.quit(browser);
	}

	@Test
	void aNewEnterpriseRegistersFindsItsPoliciesAndPassesTheSelfCheckOnAPhone() throws Exception {
		String username = TestData.username("phone");
		open("/register");
		browser.manage().deleteAllCookies();
		open("/register");
		assertNoHorizontalScroll(browser, browser.getCurrentUrl());
		String creditCode = TestData.creditCode();
		type(browser, "creditCode", creditCode);
		type(browser, "name", "浏览器测试精密制造有限公司");
		new Select(browser.findElement(By.id("districtCode"))).selectByValue("310117");
		new Select(browser.findElement(By.id("townCode"))).selectByValue("310117105");
		type(browser, "address", "新桥镇民益路 88 号");
		new Select(browser.findElement(By.id("industry"))).selectByValue("MANUFACTURING");
		type(browser, "staffCount", "150");
		click(browser, browser.findElement(By.id("aboveDesignatedSize")));
		type(browser, "contactName", "赵六");
		type(browser, "contactPhone", "13900001111");
		type(browser, "legalRepresentative", "赵六");
		java.nio.file.Path licence = java.nio.file.Files.createTempFile("licence-", ".pdf");
		java.nio.file.Files.write(licence, org.fugong.support.Registrations.LICENCE_PDF);
		browser.findElement(By.id("licence")).sendKeys(licence.toString());
		type(browser, "username", username);
		type(browser, "password", "Phone#2026ok");
		click(browser, browser.findElement(By.cssSelector("form button[type=submit]")));
		waitForPath(browser, "/login");
		assertThat(browser.getPageSource()).contains("注册成功");

		type(browser, "username", username);
		type(browser, "password", "Phone#2026ok");
		click(browser, browser.findElement(By.cssSelector("form button[type=submit]")));
		waitForPath(browser, "/");
		assertNoHorizontalScroll(browser, browser.getCurrentUrl());

		open("/policies/matching");
		assertThat(browser.getPageSource()).contains("工业企业复工复产疫情防控指引");

		open("/self-check");
		assertNoHorizontalScroll(browser, browser.getCurrentUrl());
		Path evidence = Files.createTempFile("plan", ".pdf");
		Files.writeString(evidence, "%PDF-1.4\n%%EOF");
		List<WebElement> items = browser.findElements(By.cssSelector("[data-applies]"));
		for (WebElement item : items) {
			if (!item.isDisplayed()) {
				continue;
			}
			click(browser, item.findElement(By.cssSelector("input[type=radio][value=true]")));
			String kind = item.getDomAttribute("data-evidence");
			if ("NOTE".equals(kind)) {
				item.findElement(By.tagName("textarea")).sendKeys("负责人：赵六");
			}
			if ("FILE".equals(kind)) {
				item.findElement(By.cssSelector("input[type=file]")).sendKeys(evidence.toString());
			}
		}
		click(browser, browser.findElement(By.cssSelector("button[value=submit]")));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((d) -> d.getCurrentUrl().matches(".*/self-check/\\d+$"));
		assertThat(browser.getPageSource()).contains("自查通过");

		// The resumption application, filed on the phone.
		open("/applications/new");
		assertNoHorizontalScroll(browser, browser.getCurrentUrl());
		((JavascriptExecutor) browser).executeScript("document.getElementById('plannedResumeDate').value = '2027-01-04';");
		type(browser, "returningStaff", "150");
		type(browser, "closedLoop", "厂区与宿舍两点一线，专车接送");
		type(browser, "samplingPoint.location", "一号门岗东侧");
		type(browser, "samplingPoint.liaison.name", "赵六");
		type(browser, "samplingPoint.liaison.phone", "13900001111");
		type(browser, "samplingPoint.sampler.name", "孙七");
		type(browser, "samplingPoint.sampler.phone", "13900002222");
		type(browser, "samplingPoint.scanner.name", "周八");
		type(browser, "samplingPoint.scanner.phone", "13900003333");
		click(browser, browser.findElement(By.cssSelector("#main form button[type=submit]")));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> d.getCurrentUrl().matches(".*/applications/\\d+$"));
		String application = browser.getCurrentUrl().replaceFirst("https?://[^/]+", "");
		for (String kind : new String[] { "COMMITMENT", "PREVENTION_PLAN", "EMERGENCY_PLAN", "STAFF_LIST" }) {
			new Select(browser.findElement(By.id("kind"))).selectByValue(kind);
			browser.findElement(By.id("file")).sendKeys(evidence.toString());
			click(browser, browser.findElement(By.cssSelector("form[action$='/materials'] button[type=submit]")));
			new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> d.getPageSource().contains("材料已上传"));
		}
		assertThat(browser.getPageSource()).contains("可以提交");

		// The town verifies the new enterprise's licence from its queue before the application can go in.
		signIn(browser, this.port, "xinqiao", "Fugong@2026");
		open("/enterprises/verifications?q=" + creditCode);
		click(browser, browser.findElement(By.cssSelector("#verification-queue a.btn")));
		click(browser, browser.findElement(By.cssSelector("input[name=decision][value=VERIFIED]")));
		click(browser, browser.findElement(By.cssSelector("#verification-form button[type=submit]")));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((d) -> d.findElements(By.cssSelector(".alert-success")).size() > 0);
		signIn(browser, this.port, username, "Phone#2026ok");
		open(application);
		click(browser, browser.findElement(By.cssSelector("form[action$='/submit'] button[type=submit]")));
		browser.switchTo().alert().accept();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> d.getPageSource().contains("等待街镇工作人员办理"));

		// Four officials' steps, each in the browser.
		decide("xinqiao", application, "ACCEPT", null);
		decide("songjiang", application, "APPROVE_MATERIALS", null);
		decide("xinqiao", application, "RECORD_SITE_VISIT", true);
		decide("songjiang", application, "APPROVE", null);

		signIn(browser, this.port, username, "Phone#2026ok");
		open(application);
		assertThat(browser.getPageSource()).contains("已批准复工");
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((d) -> {
			open("/whitelist/mine");
			return d.getPageSource().contains("ACTIVE") || d.getPageSource().contains("有效");
		});
	}

	private void decide(String official, String application, String action, Boolean passed) {
		signIn(browser, this.port, official, "Fugong@2026");
		open(application);
		click(browser, browser.findElement(By.cssSelector("input[name=action][value=" + action + "]")));
		if (passed != null) {
			click(browser, browser.findElement(By.cssSelector("input[name=passed][value=" + passed + "]")));
		}
		browser.findElement(By.id("opinion")).sendKeys("同意");
		click(browser, browser.findElement(By.cssSelector("form[action$='/decisions'] button[type=submit]")));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((d) -> d.findElements(By.cssSelector(".alert-success")).size() > 0);
	}

	@Test
	void theLanguageSwitchTurnsThePageIntoEnglish() {
		open("/login");
		browser.manage().deleteAllCookies();
		open("/login");
		// On a phone the switch sits in the collapsed menu.
		click(browser, browser.findElement(By.cssSelector(".navbar-toggler")));
		WebElement english = browser.findElement(By.cssSelector("a[href='?lang=en']"));
		new WebDriverWait(browser, Duration.ofSeconds(5)).until((d) -> english.isDisplayed());
		click(browser, english);
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((d) -> "Sign in".equals(d.findElement(By.tagName("h1")).getText()));
		open("/login?lang=zh_CN");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("登录");
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
