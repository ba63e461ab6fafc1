package org.fugong.resumption;

import org.fugong.security.Role;

/**
 * What an official decides at a step, and which role decides it.
 */
public enum DecisionAction {

	ACCEPT, RETURN, REJECT, APPROVE_MATERIALS, RECORD_SITE_VISIT, APPROVE;

	/** Whether the role may take this action when the application is in this state. */
	boolean isTakenBy(Role role, ApplicationState state) {
		return switch (this) {
			case ACCEPT, RECORD_SITE_VISIT -> role == Role.TOWN_OFFICER;
			case APPROVE_MATERIALS, REJECT, APPROVE -> role == Role.DISTRICT_OFFICIAL;
			case RETURN -> (state == ApplicationState.SUBMITTED) ? role == Role.TOWN_OFFICER
					: role == Role.DISTRICT_OFFICIAL;
		};
	}

}
