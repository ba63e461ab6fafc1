package org.fugong.alert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.fugong.support.Browsers;
import org.fugong.support.PassFixtures;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An alert's way in real headless Chromium: the enterprise enters a positive test
 * on a phone, the town officer's home page shows the alert in its first card,
 * and the officer acknowledges it there. Needs Debian's chromium and
 * chromium-driver; skipped without them except on CI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class AlertBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPositiveTestEnteredByTheEnterpriseShowsOnTheTownOfficersHomeAndIsAcknowledged() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		long employee = PassFixtures.employee(this.mvc, this.users.loadUserByUsername(enterprise.username()), "马阳性",
				true);
		WebDriver browser = Browsers.phone();
		try {
			Browsers.signIn(browser, this.port, enterprise.username(), Registrations.PASSWORD);
			browser.get(url("/workforce/employees/" + employee + "/health"));
			Browsers.type(browser, "temperature", "36.6");
			Browsers.click(browser, browser.findElement(By.cssSelector("#health-form button[type=submit]")));
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until((d) -> !d.findElements(By.cssSelector(".alert-success")).isEmpty());
			Browsers.assertNoHorizontalScroll(browser, "the health declaration on a phone");
			screenshot(browser, "health-declaration-phone");
			browser.get(url("/workforce/tests"));
			new Select(browser.findElement(By.id("employeeId"))).selectByValue(Long.toString(employee));
			new Select(browser.findElement(By.id("result"))).selectByValue("POSITIVE");
			Browsers.click(browser, browser.findElement(By.cssSelector("form[action$='/workforce/tests'] button[type=submit]")));
			Browsers.waitForPath(browser, "/workforce/tests");

			await().atMost(Duration.ofSeconds(60)).until(() -> alertOf(enterprise) != null);
			long id = alertOf(enterprise);

			browser.manage().window().setSize(new Dimension(1440, 1000));
			Browsers.signIn(browser, this.port, "xinqiao", "Fugong@2026");
			By row = By.id("home-alert-" + id);
			new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> !d.findElements(row).isEmpty());
			assertThat(browser.findElement(By.id("home-alerts")).getText()).contains(enterprise.name()).contains("马阳性");
			screenshot(browser, "home-town-alerts");
			Browsers.click(browser, browser.findElement(row).findElement(By.cssSelector("button[type=submit]")));
			Browsers.waitForPath(browser, "/alerts");
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until((d) -> "ACKNOWLEDGED".equals(this.jdbc.queryForObject("SELECT state FROM alert WHERE id = ?",
						String.class, id)));
			assertThat(this.jdbc.queryForObject("SELECT acknowledged_by FROM alert WHERE id = ?", String.class, id))
				.isEqualTo("xinqiao");
			assertThat(browser.findElement(By.id("alert-" + id)).getText()).contains("xinqiao");
			screenshot(browser, "alerts-official");
			browser.get(url("/"));
			assertThat(browser.findElements(row)).isEmpty();
		}
		finally {
			Browsers.quit(browser);
		}
	}

	private Long alertOf(Registered enterprise) {
		return this.jdbc.queryForObject(
				"SELECT max(id) FROM alert WHERE enterprise_id = ? AND kind = 'POSITIVE_TEST'", Long.class,
				enterprise.id());
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
