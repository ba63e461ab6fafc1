package org.fugong.alert;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One alert. It is inserted once per cause by {@link Alerts#raise} (plain SQL, so
 * that the cause key's unique constraint decides races); its state then changes
 * only through {@link #acknowledge} and {@link #close}.
 */
@Entity
@Table(name = "alert")
class Alert {

	@Id
	private Long id;

	@Enumerated(EnumType.STRING)
	private AlertKind kind;

	@Column(name = "enterprise_id")
	private long enterpriseId;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "town_code")
	private String townCode;

	private String subject;

	@Column(name = "cause_key")
	private String causeKey;

	@Column(name = "raised_at")
	private Instant raisedAt;

	@Enumerated(EnumType.STRING)
	private AlertState state;

	@Column(name = "acknowledged_by")
	private String acknowledgedBy;

	@Column(name = "acknowledged_at")
	private Instant acknowledgedAt;

	@Column(name = "closed_by")
	private String closedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "close_note")
	private String closeNote;

	@Column(name = "escalated_at")
	private Instant escalatedAt;

	@Version
	private long version;

	protected Alert() {
	}

	/** Only an open alert is acknowledged. */
	void acknowledge(String official, Instant at) {
		if (this.state != AlertState.OPEN) {
			throw new IllegalStateException("Alert " + this.id + " is " + this.state);
		}
		this.state = AlertState.ACKNOWLEDGED;
		this.acknowledgedBy = official;
		this.acknowledgedAt = at;
	}

	/** An open or acknowledged alert is closed with a note; closing an open one acknowledges it too. */
	void close(String official, String note, Instant at) {
		if (this.state == AlertState.CLOSED) {
			throw new IllegalStateException("Alert " + this.id + " is closed");
		}
		if (this.state == AlertState.OPEN) {
			this.acknowledgedBy = official;
			this.acknowledgedAt = at;
		}
		this.state = AlertState.CLOSED;
		this.closedBy = official;
		this.closedAt = at;
		this.closeNote = note;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	String getTownCode() {
		return this.townCode;
	}

	long getVersion() {
		return this.version;
	}

	AlertView toView() {
		return new AlertView(this.id, this.kind, this.enterpriseId, null, this.subject, this.raisedAt, this.state,
				this.acknowledgedBy, this.acknowledgedAt, this.closedBy, this.closedAt, this.closeNote,
				this.escalatedAt, this.version);
	}

}
