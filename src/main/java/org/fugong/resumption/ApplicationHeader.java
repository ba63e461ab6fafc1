package org.fugong.resumption;

import java.time.Instant;

import org.fugong.security.Role;

/**
 * The state of an application and who it waits for.
 */
public record ApplicationHeader(long id, long enterpriseId, String enterpriseName, String industry,
		String districtCode, String townCode, ApplicationState state, Instant dueAt, Instant submittedAt,
		Instant decidedAt, Instant createdAt, String fixItems, Long selfCheckId, long version) {

	public Role waitsFor() {
		return this.state.waitsFor();
	}

	public boolean isOverdueAt(Instant now) {
		return this.dueAt != null && this.state.waitsFor() != null && this.dueAt.isBefore(now);
	}

}
