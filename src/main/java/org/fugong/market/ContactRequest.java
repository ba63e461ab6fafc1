package org.fugong.market;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One enterprise asking the enterprise of a post for contact ("联系对方"). Only
 * the post's enterprise answers it, once; contact details show to both sides
 * only after it is accepted.
 */
@Entity
@Table(name = "market_contact")
class ContactRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long postId;

	private long requesterEnterpriseId;

	private Long requesterPostId;

	private String message;

	@Enumerated(EnumType.STRING)
	private ContactState state;

	private Instant createdAt;

	private Instant answeredAt;

	@Version
	private long version;

	protected ContactRequest() {
	}

	ContactRequest(long postId, long requesterEnterpriseId, Long requesterPostId, String message, Instant now) {
		this.postId = postId;
		this.requesterEnterpriseId = requesterEnterpriseId;
		this.requesterPostId = requesterPostId;
		this.message = message;
		this.state = ContactState.REQUESTED;
		this.createdAt = now;
	}

	void accept(Instant now) {
		requirePending();
		this.state = ContactState.ACCEPTED;
		this.answeredAt = now;
	}

	void decline(Instant now) {
		requirePending();
		this.state = ContactState.DECLINED;
		this.answeredAt = now;
	}

	private void requirePending() {
		if (this.state != ContactState.REQUESTED) {
			throw new PostTransitionException("market.contact.answered");
		}
	}

	Long getId() {
		return this.id;
	}

	long getPostId() {
		return this.postId;
	}

	long getRequesterEnterpriseId() {
		return this.requesterEnterpriseId;
	}

	Long getRequesterPostId() {
		return this.requesterPostId;
	}

	String getMessage() {
		return this.message;
	}

	ContactState getState() {
		return this.state;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getAnsweredAt() {
		return this.answeredAt;
	}

}
