package org.fugong.workforce;

import java.time.LocalDate;

/**
 * Published for every health declaration stored or corrected (one by one or
 * imported): whether the employee's pass stops at the gate may have changed.
 * {@code abnormal} is the declaration's own verdict.
 */
public record HealthDeclared(long enterpriseId, long employeeId, LocalDate date, boolean abnormal) implements EmployeeStandingChanged {
}
