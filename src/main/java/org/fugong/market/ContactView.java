package org.fugong.market;

import java.time.Instant;

/**
 * A contact request as the two sides and the region's officials see it. The
 * contact names and phones are filled only once the request is accepted.
 */
record ContactView(long id, long postId, String postTitle, long posterEnterpriseId, String posterName,
		long requesterEnterpriseId, String requesterName, Long requesterPostId, String message, ContactState state,
		Instant createdAt, Instant answeredAt, String posterContactName, String posterContactPhone,
		String requesterContactName, String requesterContactPhone) {
}
