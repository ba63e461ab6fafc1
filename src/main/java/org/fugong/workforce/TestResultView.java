package org.fugong.workforce;

import java.time.Instant;

/** A test result as the pages and the API list it, with the employee's name. */
public record TestResultView(long id, long employeeId, String employeeName, TestKind kind, TestOutcome result,
		Instant sampledAt, Instant recordedAt) {
}
