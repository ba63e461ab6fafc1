package org.fugong.workforce.imports;

/** What a CSV import brings: the roster or test results. */
public enum ImportKind {

	EMPLOYEES, TESTS

}
