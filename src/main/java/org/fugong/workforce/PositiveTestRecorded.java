package org.fugong.workforce;

import java.time.Instant;

/**
 * Published, besides {@link TestResultRecorded}, for each positive result: what
 * alerting follows, so that an import of thousands of negatives records no
 * event for it.
 */
public record PositiveTestRecorded(long enterpriseId, long employeeId, TestKind kind, Instant sampledAt) {
}
