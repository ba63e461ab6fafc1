package org.fugong.workforce;

/** Published when an enterprise deactivates an employee: their passes should stop. */
public record EmployeeDeactivated(long enterpriseId, long employeeId) implements EmployeeStandingChanged {
}
