package org.fugong.workforce.imports;

/**
 * An import whose rows are about the enterprise's employees: whose import it
 * is, who runs it, and the employees the rows are looked up among.
 */
abstract class EmployeeImportRun<T> implements ImportRun<T> {

	protected final long enterpriseId;

	protected final String actor;

	protected final EmployeeLookup employees;

	EmployeeImportRun(long enterpriseId, String actor, EmployeeLookup employees) {
		this.enterpriseId = enterpriseId;
		this.actor = actor;
		this.employees = employees;
	}

}
