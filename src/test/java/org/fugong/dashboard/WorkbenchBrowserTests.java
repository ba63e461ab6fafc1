package org.fugong.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.fugong.common.DemoData;
import org.fugong.support.Browsers;
import org.fugong.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officials' workbench in a real browser (headless Chromium): on the common
 * 1366 × 768 office laptop the sidebar, grouped by work, is visible beside the
 * page with the queues' badges and the home page is the to-do list; on a phone
 * the sidebar folds into the menu button and opens as a panel; a guard lands on
 * the scanner; an enterprise's pages keep their own menu. The screenshots go to
 * {@code target/screenshots} for the officials' guide.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class WorkbenchBrowserTests {

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
	void theSidebarIsThereOnAnOfficeLaptopAndFoldsIntoTheMenuOnAPhone() throws Exception {
		browser.manage().window().setSize(new Dimension(1366, 768));
		Browsers.signIn(browser, this.port, "songjiang", DemoData.PASSWORD);
		WebElement sidebar = browser.findElement(By.id("fg-sidebar"));
		assertThat(sidebar.isDisplayed()).as("the sidebar at 1366 px").isTrue();
		assertThat(browser.findElement(By.id("fg-sidebar-toggle")).isDisplayed()).isFalse();
		assertThat(sidebar.getText()).contains("审批", "白名单与通行", "督查", "诉求", "数据", "设置", "复工审批",
				"车辆通行审批", "诉求协调");
		assertThat(sidebar.getRect().getWidth()).isBetween(200, 280);
		// The home page is the to-do list: every queue with its waiting and overdue counts.
		WebElement todo = browser.findElement(By.id("home-todo"));
		assertThat(todo.findElement(By.id("home-applications-queue")).getText()).contains("复工申请审批", "件待办",
				"件已超时");
		assertThat(todo.findElement(By.id("home-appeals-queue")).getText()).contains("诉求办理");
		assertThat(todo.findElement(By.id("home-vehicles-queue")).isDisplayed()).isTrue();
		// The badges are the same counts as the to-do list's.
		for (WebElement badge : sidebar.findElements(By.cssSelector(".fg-side-badge"))) {
			String queue = badge.getDomAttribute("data-queue");
			String waiting = browser.findElement(By.cssSelector("#home-" + queue + "-queue .text-bg-primary")).getText();
			assertThat(waiting).startsWith(badge.findElement(By.cssSelector("[aria-hidden=true]")).getText().trim() + " ");
		}
		screenshot("workbench-desktop");

		Browsers.click(browser, sidebar.findElement(By.cssSelector("a[href='/appeals']")));
		Browsers.waitForPath(browser, "/appeals");
		assertThat(browser.findElement(By.cssSelector("#fg-sidebar a[href='/appeals']")).getDomAttribute("class"))
			.contains("active");
		screenshot("workbench-appeals-desktop");

		browser.manage().window().setSize(new Dimension(360, 800));
		browser.get("http://localhost:" + this.port + "/");
		assertThat(browser.findElement(By.id("fg-sidebar")).isDisplayed()).as("the sidebar on a phone").isFalse();
		WebElement toggle = browser.findElement(By.id("fg-sidebar-toggle"));
		assertThat(toggle.isDisplayed()).isTrue();
		Browsers.assertNoHorizontalScroll(browser, "the officials' home on a phone");
		screenshot("workbench-phone");
		Browsers.click(browser, toggle);
		// Bootstrap marks the panel "showing" while it slides in, "show" once it is there.
		new WebDriverWait(browser, Duration.ofSeconds(5)).until((d) -> {
			String classes = d.findElement(By.id("fg-sidebar")).getDomAttribute("class");
			return classes.contains("show") && !classes.contains("showing");
		});
		WebElement review = browser.findElement(By.cssSelector("#fg-sidebar a[href='/applications']"));
		new WebDriverWait(browser, Duration.ofSeconds(5)).until((d) -> review.isDisplayed());
		screenshot("workbench-phone-menu");
		Browsers.click(browser, review);
		Browsers.waitForPath(browser, "/applications");
	}

	@Test
	void aDepartmentOfficerSeesOnlyTheDemandsGroup() {
		browser.manage().window().setSize(new Dimension(1366, 768));
		Browsers.signIn(browser, this.port, "jingxin", DemoData.PASSWORD);
		WebElement sidebar = browser.findElement(By.id("fg-sidebar"));
		assertThat(sidebar.getText()).contains("诉求", "诉求协调", "设置").doesNotContain("审批", "督查", "白名单");
		assertThat(browser.findElement(By.id("home-appeals-queue")).getText()).contains("诉求办理");
	}

	@Test
	void anEnterpriseKeepsItsPhoneMenuAndAGuardLandsOnTheScanner() {
		browser.manage().window().setSize(new Dimension(360, 800));
		Browsers.signIn(browser, this.port, "demo-ent", DemoData.PASSWORD);
		assertThat(browser.findElements(By.id("fg-sidebar"))).isEmpty();
		assertThat(browser.findElement(By.cssSelector("button.navbar-toggler[data-bs-target='#fg-nav']")).isDisplayed())
			.isTrue();
		Browsers.assertNoHorizontalScroll(browser, "the enterprise's home on a phone");

		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + this.port + "/login");
		Browsers.type(browser, "username", "guard1");
		Browsers.type(browser, "password", DemoData.PASSWORD);
		Browsers.click(browser, browser.findElement(By.cssSelector("form button[type=submit]")));
		Browsers.waitForPath(browser, "/gate");
	}

	private static void screenshot(String name) throws Exception {
		Path directory = Files.createDirectories(Path.of("target/screenshots"));
		Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

}
