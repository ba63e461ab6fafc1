package org.fugong.market;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One item of the district's coordination queue: a key firm's demand nobody
 * answered within 24 hours. An official takes it, keeps notes and closes it
 * with an outcome; a closed item takes nothing more.
 */
@Entity
@Table(name = "market_coordination")
class Coordination {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long postId;

	private long enterpriseId;

	private String districtCode;

	private String owner;

	private String notes;

	private String outcome;

	private Instant createdAt;

	private Instant closedAt;

	@Version
	private long version;

	protected Coordination() {
	}

	Coordination(long postId, long enterpriseId, String districtCode, Instant now) {
		this.postId = postId;
		this.enterpriseId = enterpriseId;
		this.districtCode = districtCode;
		this.notes = "";
		this.createdAt = now;
	}

	void take(String username) {
		requireOpen();
		this.owner = username;
	}

	void note(String username, String text, String at) {
		requireOpen();
		String line = at + " " + username + ": " + text;
		String joined = this.notes.isEmpty() ? line : this.notes + "\n" + line;
		if (joined.length() > 4000) {
			throw new PostTransitionException("market.coordination.notesFull");
		}
		this.notes = joined;
	}

	void close(String username, String outcome, Instant now) {
		requireOpen();
		if (this.owner == null) {
			this.owner = username;
		}
		this.outcome = outcome;
		this.closedAt = now;
	}

	private void requireOpen() {
		if (this.closedAt != null) {
			throw new PostTransitionException("market.coordination.closed");
		}
	}

	Long getId() {
		return this.id;
	}

	long getPostId() {
		return this.postId;
	}

	long getEnterpriseId() {
		return this.enterpriseId;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	String getOwner() {
		return this.owner;
	}

	String getNotes() {
		return this.notes;
	}

	String getOutcome() {
		return this.outcome;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getClosedAt() {
		return this.closedAt;
	}

}
