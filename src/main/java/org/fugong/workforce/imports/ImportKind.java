package org.fugong.workforce.imports;

/** What a CSV import brings: the roster, test results or health declarations. */
public enum ImportKind {

	EMPLOYEES, TESTS, HEALTH

}
