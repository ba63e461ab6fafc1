package org.fugong.workforce;

/** Where an employee stands in quarantine, as declared: any but {@code NONE} keeps them off site. */
public enum QuarantineStatus {

	NONE, HOME, CENTRALIZED, SILENT_PERIOD

}
