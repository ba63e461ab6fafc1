package org.fugong.inbox;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fugong.security.CurrentUser;

/**
 * A notice, kept as a message key and its arguments so it reads in each reader's language.
 */
@Entity
@Table(name = "notification")
class Notification {

	private static final String SEPARATOR = "\u001F";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enterprise_id")
	private Long enterpriseId;

	/** An official's username, for notices to one account rather than an enterprise. */
	private String recipient;

	@Column(name = "message_key")
	private String messageKey;

	private String args;

	private String link;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	Notification(Long enterpriseId, String recipient, String messageKey, List<String> args, String link) {
		this.enterpriseId = enterpriseId;
		this.recipient = recipient;
		this.messageKey = messageKey;
		String joined = String.join(SEPARATOR, args);
		this.args = (joined.length() > 1000) ? joined.substring(0, 1000) : joined;
		this.link = link;
		this.createdAt = Instant.now();
	}

	/** Whether the notice is addressed to this user (their enterprise, or their own account). */
	boolean isFor(CurrentUser user) {
		if (this.enterpriseId != null) {
			return this.enterpriseId.equals(user.enterpriseId());
		}
		return this.recipient != null && this.recipient.equals(user.getUsername());
	}

	void markRead() {
		if (this.readAt == null) {
			this.readAt = Instant.now();
		}
	}

	NotificationView toView() {
		Object[] values = this.args.isEmpty() ? new Object[0] : Arrays.stream(this.args.split(SEPARATOR, -1)).toArray();
		return new NotificationView(this.id, this.messageKey, values, this.link, this.createdAt, this.readAt != null);
	}

	/** A notice as the inbox shows it. */
	record NotificationView(long id, String messageKey, Object[] args, String link, Instant createdAt, boolean read) {
	}

}
