package org.fugong.resumption;

import java.util.EnumSet;
import java.util.Set;

import org.fugong.security.Role;

/**
 * The states of an application, and whose step each waiting state is.
 */
public enum ApplicationState {

	DRAFT(null), SUBMITTED(Role.TOWN_OFFICER), ACCEPTED(Role.DISTRICT_OFFICIAL), MATERIALS_APPROVED(Role.TOWN_OFFICER),
	SITE_VERIFIED(Role.DISTRICT_OFFICIAL), APPROVED(null), RETURNED(null), REJECTED(null);

	private final Role waitsFor;

	ApplicationState(Role waitsFor) {
		this.waitsFor = waitsFor;
	}

	/** The role whose decision the application waits for, or null. */
	public Role waitsFor() {
		return this.waitsFor;
	}

	public boolean isEditableByEnterprise() {
		return this == DRAFT || this == RETURNED;
	}

	public boolean isFinal() {
		return this == APPROVED || this == REJECTED;
	}

	public static Set<ApplicationState> waitingFor(Role role) {
		EnumSet<ApplicationState> states = EnumSet.noneOf(ApplicationState.class);
		for (ApplicationState state : values()) {
			if (state.waitsFor == role) {
				states.add(state);
			}
		}
		return states;
	}

}
