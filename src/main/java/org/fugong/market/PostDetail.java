package org.fugong.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One post with its description, how it closed, and the exchange kept on it
 * (the contact requests the reader may see). {@code own} is the reader's own
 * post; {@code canContact} an enterprise that may still ask for contact.
 */
record PostDetail(PostSummary summary, String description, BigDecimal quantityMet, Instant closedAt, long version,
		boolean own, boolean canContact, List<ContactView> contacts) {
}
