package org.fugong.resumption;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.resumption.Filing.basic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 督办: a step one working day past its due time goes to the level above once,
 * whatever the retries, and leaves its queue when the step is taken.
 */
@IntegrationTest
class EscalationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Escalations escalations;

	@Test
	void aTownStepOverduePastItsGraceGoesToTheDistrictOnceAndLeavesWhenTaken() throws Exception {
		Registered ent = Filing.readyEnterprise(this.mvc);
		long id = Filing.submitted(this.mvc, ent);
		// Overdue by an hour: still the town's, not escalated.
		this.jdbc.update("UPDATE resumption_request SET due_at = now() - interval '1 hour' WHERE id = ?", id);
		this.escalations.escalateOverdue(Instant.now());
		assertThat(escalationsOf(id)).isZero();

		this.jdbc.update("UPDATE resumption_request SET due_at = now() - interval '12 days' WHERE id = ?", id);
		int noticesBefore = notices("songjiang", id);
		// Retries and two instances at once raise it once.
		ExecutorService pool = Executors.newFixedThreadPool(3);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			runs.add(pool.submit(() -> {
				start.await();
				return this.escalations.escalateOverdue(Instant.now());
			}));
		}
		start.countDown();
		for (Future<Integer> run : runs) {
			run.get();
		}
		pool.shutdown();
		this.escalations.escalateOverdue(Instant.now());
		assertThat(escalationsOf(id)).isOne();
		assertThat(notices("songjiang", id) - noticesBefore).isOne();
		assertThat(this.jdbc.queryForObject("SELECT escalated_to FROM resumption_escalation WHERE request_id = ?",
				String.class, id)).isEqualTo("DISTRICT_OFFICIAL");

		this.mvc.perform(get("/api/v1/applications").param("size", "100").with(as("songjiang")))
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].escalated", hasItem(true)));
		this.mvc.perform(get("/api/v1/applications").param("size", "100").with(as("xinqiao")))
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].escalated", hasItem(true)));
		this.mvc.perform(get("/api/v1/applications/" + id).with(as("songjiang")))
			.andExpect(jsonPath("$.escalation.escalatedTo").value("DISTRICT_OFFICIAL"));
		this.mvc.perform(get("/applications").with(as("songjiang")))
			.andExpect(content().string(containsString("督办")));
		this.mvc.perform(get("/applications/" + id).with(as("songjiang")))
			.andExpect(content().string(containsString("升级至区级审核人员督办")));
		this.mvc.perform(get("/inbox").with(as("songjiang"))).andExpect(content().string(containsString("督办：复工申请 " + id)));
		this.mvc.perform(get("/dashboard").with(as("songjiang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("督办中的申请")));
		assertThat(this.escalations.figures(org.fugong.security.Jurisdiction.district("310117"), null, null).open())
			.isPositive();

		// The town takes the step: the escalation is cleared, and the next step is the district's own.
		Filing.decide(this.mvc, as("xinqiao"), id, "ACCEPT", null, Filing.version(this.mvc, ent, id));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM resumption_escalation WHERE request_id = ? AND cleared_at IS NULL", Integer.class,
				id)).isZero();
		this.mvc.perform(get("/api/v1/applications").param("size", "100").with(as("songjiang")))
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].escalated", hasItem(false)));
	}

	@Test
	void aDistrictStepOverduePastItsGraceGoesToTheCity() throws Exception {
		Registered ent = Filing.readyEnterprise(this.mvc);
		long id = Filing.submitted(this.mvc, ent);
		Filing.decide(this.mvc, as("xinqiao"), id, "ACCEPT", null, Filing.version(this.mvc, ent, id));
		this.jdbc.update("UPDATE resumption_request SET due_at = now() - interval '12 days' WHERE id = ?", id);
		int before = notices("city", id);
		this.escalations.escalateOverdue(Instant.now());
		assertThat(this.jdbc.queryForObject("SELECT escalated_to FROM resumption_escalation WHERE request_id = ?",
				String.class, id)).isEqualTo("CITY_OFFICIAL");
		assertThat(notices("city", id)).isGreaterThan(before);
		this.mvc.perform(get("/api/v1/applications").param("size", "100").param("overdue", "true").with(as("city")))
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].escalated", hasItem(true)));
		// The enterprise is not told through its list, but its application shows the escalation.
		this.mvc.perform(get("/api/v1/applications/" + id).with(basic(ent)))
			.andExpect(jsonPath("$.escalation.escalatedTo").value("CITY_OFFICIAL"));
	}

	private int escalationsOf(long id) {
		return this.jdbc.queryForObject("SELECT count(*) FROM resumption_escalation WHERE request_id = ?",
				Integer.class, id);
	}

	private int notices(String username, long id) {
		return this.jdbc.queryForObject("SELECT count(*) FROM notification WHERE recipient = ?"
				+ " AND message_key = 'inbox.application.escalated' AND link = ?", Integer.class, username,
				"/applications/" + id);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
