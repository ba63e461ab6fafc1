package org.fugong.appeal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The enterprise's rejected applications that an appeal may contest, as the
 * resumption module answers them (it implements this, so that appeals need not
 * depend on it and it may listen to {@link RejectionOverturned}).
 */
public interface RejectedApplications {

	/** The enterprise's applications that are REJECTED now and could go back to it. */
	List<RejectedApplication> of(long enterpriseId);

	default Optional<RejectedApplication> find(long enterpriseId, long applicationId) {
		return of(enterpriseId).stream().filter((a) -> a.id() == applicationId).findFirst();
	}

	/** A rejected application: its number, when and why it was rejected. */
	record RejectedApplication(long id, Instant rejectedAt, String reason) {
	}

}
