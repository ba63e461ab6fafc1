package org.fugong.alert;

/** What an alert is about. */
public enum AlertKind {

	/** A positive test result of an employee. */
	POSITIVE_TEST,

	/** A health declaration with fever, symptoms or a quarantine status. */
	ABNORMAL_HEALTH,

	/** A daily report counting abnormal staff. */
	REPORT_ABNORMAL,

	/** A vehicle that arrived at an enterprise and has not left in time (三点往返). */
	VEHICLE_NOT_LEFT

}
