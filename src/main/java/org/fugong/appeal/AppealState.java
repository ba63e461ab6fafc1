package org.fugong.appeal;

/**
 * Where an appeal stands. Open states wait for an official; ANSWERED and RESOLVED
 * wait for the enterprise's rating; CLOSED may be reopened for a while. ESCALATED
 * waits in the city's queue (兜底); TRANSFERRED waits for the department it was
 * transferred to (转办). Both keep the deadlines of the round.
 */
public enum AppealState {

	SUBMITTED, ASSIGNED, ANSWERED, RESOLVED, CLOSED, REOPENED, ESCALATED, TRANSFERRED;

	/** Whether an official may still answer it. */
	public boolean isOpen() {
		return this == SUBMITTED || this == ASSIGNED || this == ANSWERED || this == REOPENED || this == ESCALATED
				|| this == TRANSFERRED;
	}

	/** Whether it waits for the first answer of its current round. */
	boolean awaitsFirstResponse() {
		return this == SUBMITTED || this == ASSIGNED || this == REOPENED || this == ESCALATED || this == TRANSFERRED;
	}

}
