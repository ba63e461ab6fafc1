package org.fugong.workforce;

/**
 * Anything that may change whether an employee's pass lets them in (a test
 * result, a health declaration, a deactivation): for a listener that only needs
 * to know whose standing may have changed.
 */
public sealed interface EmployeeStandingChanged permits TestResultRecorded, HealthDeclared, EmployeeDeactivated {

	long enterpriseId();

	long employeeId();

}
