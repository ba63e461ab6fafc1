package org.fugong.alert;

import java.time.Instant;

/** An alert as officials and the API see it. */
public record AlertView(long id, AlertKind kind, long enterpriseId, String enterpriseName, String subject,
		Instant raisedAt, AlertState state, String acknowledgedBy, Instant acknowledgedAt, String closedBy,
		Instant closedAt, String closeNote, Instant escalatedAt, long version) {

	AlertView withEnterpriseName(String name) {
		return new AlertView(this.id, this.kind, this.enterpriseId, name, this.subject, this.raisedAt, this.state,
				this.acknowledgedBy, this.acknowledgedAt, this.closedBy, this.closedAt, this.closeNote,
				this.escalatedAt, this.version);
	}

}
