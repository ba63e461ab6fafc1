package org.fugong.market;

import java.time.Instant;

/** A coordination item as the queue shows it, with the demand it is about. */
record CoordinationView(long id, long postId, String postTitle, long enterpriseId, String enterpriseName,
		String chain, String owner, String notes, String outcome, Instant createdAt, Instant closedAt) {

	public boolean open() {
		return this.closedAt == null;
	}

}
