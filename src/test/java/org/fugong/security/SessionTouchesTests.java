package org.fugong.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request on a session reads its row and writes nothing unless something of the
 * session changed or its last access is a minute old; the row stays the only
 * truth, so any instance serves any session and a session ended anywhere ends
 * everywhere.
 */
@IntegrationTest
class SessionTouchesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SessionTouches.Repository sessions;

	@Test
	void sessionsAreReadWithoutATransactionAndWrittenInAJdbcOneNotThroughJpa() {
		JdbcIndexedSessionRepository repository = (JdbcIndexedSessionRepository) ReflectionTestUtils
			.getField(this.sessions, "repository");
		SessionTouches.Transactions transactions = (SessionTouches.Transactions) ReflectionTestUtils.getField(repository,
				"transactionOperations");
		Object writes = ReflectionTestUtils.getField(transactions, "writes");
		assertThat(ReflectionTestUtils.getField(writes, "transactionManager")).isInstanceOf(JdbcTransactionManager.class);
		Boolean whileReading = SessionTouches.Transactions
			.reading(() -> transactions.execute((status) -> TransactionSynchronizationManager.isActualTransactionActive()));
		Boolean whileWriting = transactions
			.execute((status) -> TransactionSynchronizationManager.isActualTransactionActive());
		assertThat(whileReading).isFalse();
		assertThat(whileWriting).isTrue();
	}

	@Test
	void requestsWithinAMinuteDoNotRewriteTheSessionRow() throws Exception {
		Cookie session = signIn();
		Instant signedIn = lastAccess(session);
		Thread.sleep(20);
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isOk());
		}
		assertThat(lastAccess(session)).isEqualTo(signedIn);
	}

	@Test
	void aLastAccessAMinuteOldIsMovedToNowAndTheExpiryWithIt() throws Exception {
		Cookie session = signIn();
		Instant old = Instant.now().minus(Duration.ofSeconds(90));
		this.jdbc.update("UPDATE spring_session SET last_access_time = ?, expiry_time = ? WHERE session_id = ?",
				old.toEpochMilli(), old.plus(Duration.ofMinutes(30)).toEpochMilli(), id(session));
		Instant before = Instant.now();
		this.mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isOk());
		assertThat(lastAccess(session)).isAfterOrEqualTo(before.minusMillis(1));
		Long expiry = this.jdbc.queryForObject("SELECT expiry_time FROM spring_session WHERE session_id = ?", Long.class,
				id(session));
		assertThat(Instant.ofEpochMilli(expiry)).isAfter(before.plus(Duration.ofMinutes(29)));
	}

	@Test
	void aSessionEndedElsewhereIsNotServed() throws Exception {
		Cookie session = signIn();
		this.mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isOk());
		// Another instance signed the user out: the row is gone.
		this.jdbc.update("DELETE FROM spring_session WHERE session_id = ?", id(session));
		this.mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void aSessionPastItsExpiryIsNotServedThoughItsLastAccessWasNotRewritten() throws Exception {
		Cookie session = signIn();
		Instant old = Instant.now().minus(Duration.ofMinutes(31));
		this.jdbc.update("UPDATE spring_session SET last_access_time = ?, expiry_time = ? WHERE session_id = ?",
				old.toEpochMilli(), old.plus(Duration.ofMinutes(30)).toEpochMilli(), id(session));
		this.mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void signingOutStillEndsTheSession() throws Exception {
		Cookie session = signIn();
		this.mvc.perform(post("/logout").cookie(session).with(csrf()));
		Integer rows = this.jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE session_id = ?",
				Integer.class, id(session));
		assertThat(rows).isZero();
	}

	private Cookie signIn() throws Exception {
		Registrations.Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		Cookie session = this.mvc.perform(formLogin().user(enterprise.username()).password(Registrations.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		this.mvc.perform(get("/api/v1/me").cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(enterprise.username()));
		return session;
	}

	private Instant lastAccess(Cookie session) {
		Long millis = this.jdbc.queryForObject("SELECT last_access_time FROM spring_session WHERE session_id = ?",
				Long.class, id(session));
		return Instant.ofEpochMilli(millis);
	}

	private static String id(Cookie session) {
		return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
	}

}
