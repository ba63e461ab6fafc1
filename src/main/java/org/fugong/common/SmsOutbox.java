package org.fugong.common;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Text messages leave through an outbox: a feature writes the message in its own
 * transaction (so it is sent only if that commits, and not lost if the gateway is
 * down), and a dispatcher hands pending ones to the {@link SmsGateway} every few
 * seconds. Rows are taken with {@code FOR UPDATE SKIP LOCKED}, so several
 * instances never send one message twice; a refused message is tried again, at
 * most five times. Messages older than the retention are deleted
 * ({@link PersonalDataRetention}).
 */
@Service
public class SmsOutbox implements PersonalDataRetention.Retained {

	private static final Logger logger = LoggerFactory.getLogger(SmsOutbox.class);

	static final int MAX_ATTEMPTS = 5;

	private final JdbcTemplate jdbc;

	private final SmsGateway gateway;

	private final Clock clock;

	SmsOutbox(JdbcTemplate jdbc, Map<String, SmsGateway> gateways,
			@Value("${fugong.sms.gateway:logging}") String gateway, Clock clock) {
		this.jdbc = jdbc;
		this.gateway = SmsGateway.chosen(gateways, gateway);
		this.clock = clock;
	}

	/** Queues a message; joins the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(String phone, String body, String purpose) {
		this.jdbc.update("INSERT INTO sms_outbox (phone, body, purpose, created_at) VALUES (?, ?, ?, ?)", phone, body,
				purpose, Timestamp.from(this.clock.instant()));
	}

	/** Queues many messages at once: {@code [phone, body]} pairs. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueueAll(List<String[]> messages, String purpose) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.batchUpdate("INSERT INTO sms_outbox (phone, body, purpose, created_at) VALUES (?, ?, ?, ?)",
				messages.stream().map((m) -> new Object[] { m[0], m[1], purpose, now }).toList());
	}

	/** Sends up to 200 pending messages; answers how many went out. */
	@Scheduled(fixedDelayString = "${fugong.sms.dispatch-interval:5s}", initialDelayString = "10s")
	@Transactional
	public int dispatch() {
		List<Pending> pending = this.jdbc.query("""
				SELECT id, phone, body FROM sms_outbox WHERE sent_at IS NULL AND attempts < ?
				ORDER BY id LIMIT 200 FOR UPDATE SKIP LOCKED
				""", (rs, row) -> new Pending(rs.getLong("id"), rs.getString("phone"), rs.getString("body")),
				MAX_ATTEMPTS);
		int sent = 0;
		for (Pending message : pending) {
			try {
				this.gateway.send(message.phone(), message.body());
				this.jdbc.update("UPDATE sms_outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?",
						Timestamp.from(this.clock.instant()), message.id());
				sent++;
			}
			catch (RuntimeException ex) {
				logger.warn("SMS {} refused by the gateway: {}", message.id(), ex.getMessage());
				this.jdbc.update("UPDATE sms_outbox SET attempts = attempts + 1, last_error = left(?, 500) WHERE id = ?",
						String.valueOf(ex.getMessage()), message.id());
			}
		}
		return sent;
	}

	@Override
	public String what() {
		return "text messages";
	}

	/** Deletes the messages queued before a moment, sent or not; answers how many. */
	@Override
	@Transactional
	public int purgeBefore(Instant cutoff) {
		return this.jdbc.update("DELETE FROM sms_outbox WHERE created_at < ?", Timestamp.from(cutoff));
	}

	private record Pending(long id, String phone, String body) {
	}

}
