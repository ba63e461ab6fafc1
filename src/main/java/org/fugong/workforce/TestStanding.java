package org.fugong.workforce;

/** How an employee's test results stand against the district's rule for a worker pass. */
public enum TestStanding {

	/** A negative result recent enough, and no positive one since. */
	OK,

	/** No negative result recent enough (or none at all). */
	OVERDUE,

	/** A positive result, and no negative one sampled after it within the rule's window. */
	POSITIVE

}
