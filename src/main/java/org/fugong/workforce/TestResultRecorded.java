package org.fugong.workforce;

import java.time.Instant;

/**
 * Published for every test result recorded (one by one or imported): the
 * employee's standing may have changed.
 */
public record TestResultRecorded(long enterpriseId, long employeeId, TestKind kind, TestOutcome outcome,
		Instant sampledAt) implements EmployeeStandingChanged {
}
