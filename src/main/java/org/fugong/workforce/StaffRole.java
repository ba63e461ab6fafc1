package org.fugong.workforce;

/** Where an employee works: in production or in the office. */
public enum StaffRole {

	PRODUCTION, OFFICE

}
