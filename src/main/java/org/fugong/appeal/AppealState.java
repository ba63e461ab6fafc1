package org.fugong.appeal;

/**
 * Where an appeal stands. Open states wait for an official; ANSWERED and RESOLVED
 * wait for the enterprise's rating; CLOSED may be reopened for a while.
 */
public enum AppealState {

	SUBMITTED, ASSIGNED, ANSWERED, RESOLVED, CLOSED, REOPENED;

	/** Whether an official may still answer it. */
	public boolean isOpen() {
		return this == SUBMITTED || this == ASSIGNED || this == ANSWERED || this == REOPENED;
	}

	/** Whether it waits for the first answer of its current round. */
	boolean awaitsFirstResponse() {
		return this == SUBMITTED || this == ASSIGNED || this == REOPENED;
	}

}
