package org.fugong.alert;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fugong.common.TimeFormat;
import org.fugong.support.IntegrationTest;
import org.fugong.support.PassFixtures;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Alerts end to end: a positive test, an abnormal declaration and a daily report
 * with abnormal staff raise one alert each within 60 seconds, tell the town's
 * officers on duty (inbox and text message), are raised once per cause however
 * often and however concurrently they are raised, escalate to the district after
 * 30 minutes unacknowledged, and are acknowledged and closed by the officials of
 * the enterprise's town and district only.
 */
@IntegrationTest
class AlertFlowTests {

	private static final String TOWN = "310117105";

	private static final String DUTY_PHONE = "13900007777";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Alerts alerts;

	private Registered enterprise;

	private UserDetails account;

	@BeforeEach
	void enterpriseInXinqiaoWithSomeoneOnDuty() throws Exception {
		this.enterprise = Registrations.register(this.mvc, "310117", TOWN);
		this.account = this.users.loadUserByUsername(this.enterprise.username());
		int today = TimeFormat.today().getDayOfWeek().getValue();
		this.jdbc.update("DELETE FROM alert_duty_roster WHERE region_code = ? AND weekday = ?", TOWN, today);
		this.jdbc.update("""
				INSERT INTO alert_duty_roster (region_code, weekday, username, phone, created_by, created_at)
				VALUES (?, ?, 'xinqiao', ?, 'test', now())
				""", TOWN, today, DUTY_PHONE);
	}

	@Test
	void aPositiveTestRaisesOneAlertThatTheTownIsToldOfAndAcknowledges() throws Exception {
		long employee = PassFixtures.employee(this.mvc, this.account, "陈阳性", false);
		PassFixtures.test(this.mvc, this.account, employee, "POSITIVE", Instant.now().minusSeconds(60));
		long id = awaitAlert("POSITIVE_TEST");
		assertThat(this.jdbc.queryForObject("SELECT subject FROM alert WHERE id = ?", String.class, id)).isEqualTo("陈阳性");
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM notification WHERE recipient = 'xinqiao' AND message_key = 'alert.notice.POSITIVE_TEST'
				  AND args LIKE ?
				""", Integer.class, "%" + this.enterprise.name() + "%")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM sms_outbox WHERE purpose = 'ALERT' AND phone = ? AND body LIKE ?", Integer.class,
				DUTY_PHONE, "%" + this.enterprise.name() + "%")).isEqualTo(1);

		this.mvc.perform(get("/api/v1/alerts").param("state", "OPEN").param("kind", "POSITIVE_TEST").param("size", "100")
			.with(user(this.users.loadUserByUsername("xinqiao"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].enterpriseId").value((int) this.enterprise.id()));
		this.mvc.perform(get("/api/v1/alerts").param("size", "100").with(user(this.users.loadUserByUsername("fengxian"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());

		// The first card of the town officer's home page lists it; another district's home does not.
		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("xinqiao"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("home-alert-" + id + "\"")));
		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("fengxian"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("home-alert-" + id + "\""))));

		// Another district's official and another town's officer do not find it.
		for (String stranger : List.of("fengxian", "hg-team1")) {
			this.mvc.perform(post("/api/v1/alerts/{id}/acknowledge", id).with(user(this.users.loadUserByUsername(stranger)))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(post("/api/v1/alerts/{id}/acknowledge", id).with(user(this.users.loadUserByUsername("xinqiao")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.acknowledgedBy").value("xinqiao"));
		this.mvc.perform(post("/api/v1/alerts/{id}/acknowledge", id).with(user(this.users.loadUserByUsername("songjiang")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isConflict());

		this.mvc.perform(post("/api/v1/alerts/{id}/close", id).with(user(this.users.loadUserByUsername("songjiang")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\": \"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		this.mvc.perform(post("/api/v1/alerts/{id}/close", id).with(user(this.users.loadUserByUsername("songjiang")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\": \"已转运隔离，密接人员已排查\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CLOSED"))
			.andExpect(jsonPath("$.acknowledgedBy").value("xinqiao"));
		this.mvc.perform(post("/api/v1/alerts/{id}/close", id).with(user(this.users.loadUserByUsername("songjiang")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\": \"再次关闭\"}"))
			.andExpect(status().isConflict());
	}

	@Test
	void anAbnormalDeclarationAndAReportWithAbnormalStaffRaiseAlertsANormalOneDoesNot() throws Exception {
		long employee = PassFixtures.employee(this.mvc, this.account, "黄发热", false);
		declare(employee, "36.6");
		declare(employee, "38.1");
		awaitAlert("ABNORMAL_HEALTH");
		// Corrected again the same day: still one alert for that employee and day.
		declare(employee, "38.4");
		this.mvc.perform(post("/api/v1/daily-reports").with(user(this.account))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "%s", "staffOnSite": 10, "capacityPercent": 50, "antigenTested": 10, "pcrSampled": 10,
					 "abnormal": 2}
					""".formatted(TimeFormat.today())))
			.andExpect(status().isCreated());
		awaitAlert("REPORT_ABNORMAL");
		Thread.sleep(500);
		assertThat(count("ABNORMAL_HEALTH")).isEqualTo(1);
	}

	@Test
	void raisingOneCauseManyTimesAtOnceRaisesOneAlert() throws Exception {
		String cause = "trip-" + System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Optional<Long>>> raises = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				raises.add(() -> this.alerts.raise(AlertKind.VEHICLE_NOT_LEFT, this.enterprise.id(), "沪A12345", cause));
			}
			List<Long> raised = new ArrayList<>();
			for (Future<Optional<Long>> result : pool.invokeAll(raises)) {
				result.get().ifPresent(raised::add);
			}
			assertThat(raised).hasSize(1);
		}
		finally {
			pool.shutdown();
		}
		// A retry later (a redelivered event) raises nothing either.
		assertThat(this.alerts.raise(AlertKind.VEHICLE_NOT_LEFT, this.enterprise.id(), "沪A12345", cause)).isEmpty();
		assertThat(count("VEHICLE_NOT_LEFT")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM notification WHERE recipient = 'xinqiao' AND message_key = 'alert.notice.VEHICLE_NOT_LEFT' AND args LIKE ?",
				Integer.class, "%" + this.enterprise.name() + "%")).isEqualTo(1);
	}

	@Test
	void anAlertNobodyAcknowledgesForThirtyMinutesGoesToTheDistrictOnce() {
		long early = this.alerts.raise(AlertKind.REPORT_ABNORMAL, this.enterprise.id(), "early", "e-" + System.nanoTime())
			.orElseThrow();
		long recent = this.alerts.raise(AlertKind.REPORT_ABNORMAL, this.enterprise.id(), "recent", "r-" + System.nanoTime())
			.orElseThrow();
		this.jdbc.update("UPDATE alert SET raised_at = now() - interval '30 minutes' - interval '1 second' WHERE id = ?",
				early);
		this.jdbc.update("UPDATE alert SET raised_at = now() - interval '29 minutes' WHERE id = ?", recent);
		this.alerts.escalateOverdue();
		this.alerts.escalateOverdue();
		assertThat(this.jdbc.queryForObject("SELECT escalated_at IS NOT NULL FROM alert WHERE id = ?", Boolean.class,
				early)).isTrue();
		assertThat(this.jdbc.queryForObject("SELECT escalated_at IS NULL FROM alert WHERE id = ?", Boolean.class,
				recent)).isTrue();
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM notification WHERE message_key = 'alert.escalated.REPORT_ABNORMAL'
				  AND args LIKE ? AND recipient IN ('songjiang')
				""", Integer.class, "%" + this.enterprise.name() + "%early%")).isEqualTo(1);
	}

	@Test
	void theDutyRosterIsKeptPerRegionWithFieldErrors() throws Exception {
		UserDetails fengxian = this.users.loadUserByUsername("fengxian");
		this.jdbc.update("DELETE FROM alert_duty_roster WHERE region_code = '310120' AND weekday = 3");
		this.mvc.perform(post("/alerts/duty").with(user(fengxian)).with(csrf()).param("weekday", "WEDNESDAY")
			.param("username", "fengxian").param("phone", "13911112222"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/alerts/duty").with(user(fengxian)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("139****2222")));
		this.mvc.perform(post("/alerts/duty").with(user(fengxian)).with(csrf()).param("weekday", "WEDNESDAY")
			.param("username", "fengxian").param("phone", "13911112222"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
		this.mvc.perform(post("/alerts/duty").with(user(fengxian)).with(csrf()).param("weekday", "MONDAY")
			.param("username", "songjiang").param("phone", "13911112222"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
		this.mvc.perform(post("/alerts/duty").with(user(fengxian)).with(csrf()).param("weekday", "MONDAY")
			.param("username", "fengxian").param("phone", "1234"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
		long id = this.jdbc.queryForObject(
				"SELECT id FROM alert_duty_roster WHERE region_code = '310120' AND weekday = 3 AND username = 'fengxian'",
				Long.class);
		this.mvc.perform(post("/alerts/duty/{id}/delete", id).with(user(this.users.loadUserByUsername("songjiang")))
			.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/alerts/duty/{id}/delete", id).with(user(fengxian)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM alert_duty_roster WHERE id = ?", Integer.class, id))
			.isZero();
		assertThat(DayOfWeek.WEDNESDAY.getValue()).isEqualTo(3);
	}

	private void declare(long employee, String temperature) throws Exception {
		this.mvc.perform(post("/api/v1/employees/{id}/health", employee).with(user(this.account))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "%s", "temperature": %s, "symptoms": [], "quarantineStatus": "NONE"}
					""".formatted(TimeFormat.today(), temperature)))
			.andExpect(status().isCreated());
	}

	private long awaitAlert(String kind) {
		await().atMost(Duration.ofSeconds(60)).until(() -> count(kind) > 0);
		return this.jdbc.queryForObject("SELECT max(id) FROM alert WHERE enterprise_id = ? AND kind = ?", Long.class,
				this.enterprise.id(), kind);
	}

	private int count(String kind) {
		return this.jdbc.queryForObject("SELECT count(*) FROM alert WHERE enterprise_id = ? AND kind = ?",
				Integer.class, this.enterprise.id(), kind);
	}

}
