package org.fugong.workforce.imports;

/** An import job runs until it is done (bad rows or not) or failed as a whole. */
public enum ImportState {

	RUNNING, DONE, FAILED

}
