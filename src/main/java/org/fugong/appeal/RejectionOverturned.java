package org.fugong.appeal;

import java.time.Instant;

/**
 * An appeal against a rejection was upheld: the application goes back to the
 * enterprise (RETURNED) with the official's answer as what to fix.
 */
public record RejectionOverturned(long appealId, long applicationId, long enterpriseId, String official,
		String officialRole, String answer, Instant at) {
}
