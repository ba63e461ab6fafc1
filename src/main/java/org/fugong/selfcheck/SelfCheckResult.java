package org.fugong.selfcheck;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A self-check with its outcome per item: what failed, why, and where the guidance is.
 */
public record SelfCheckResult(long id, long enterpriseId, int templateVersion, boolean draft, boolean passed,
		SiteFacts site, String checkedBy, Instant checkedAt, List<ItemResult> items) {

	/** How long a passed check counts for a resumption application. */
	public static final Duration VALIDITY = Duration.ofDays(7);

	public List<ItemResult> failed() {
		return this.items.stream().filter((i) -> i.applicable() && i.item().mandatory() && !i.met()).toList();
	}

	/** Advisory items that apply and are not met: they do not fail the check. */
	public List<ItemResult> advice() {
		return this.items.stream().filter((i) -> i.applicable() && !i.item().mandatory() && !i.met()).toList();
	}

	public boolean isValidAt(Instant when) {
		return this.passed && !this.draft && this.checkedAt != null && !this.checkedAt.plus(VALIDITY).isBefore(when);
	}

	public Instant validUntil() {
		return (this.checkedAt != null) ? this.checkedAt.plus(VALIDITY) : null;
	}

	/** One item's outcome; {@code shortfall} is UNANSWERED, NOT_SATISFIED, NOTE_MISSING or FILE_MISSING. */
	public record ItemResult(CheckItem item, boolean applicable, Boolean satisfied, String note, String fileName,
			boolean met, String shortfall) {
	}

}
