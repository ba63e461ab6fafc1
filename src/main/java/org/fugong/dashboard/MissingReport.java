package org.fugong.dashboard;

import java.time.Instant;

/**
 * A whitelisted enterprise with no daily report on the day asked: who to call,
 * and when it was reminded that day (null: not yet).
 */
public record MissingReport(long enterpriseId, String name, String creditCode, String townCode, String town,
		String contactName, String contactPhone, Instant remindedAt) {
}
