package org.fugong.resumption;

import org.fugong.common.ConflictException;

/**
 * An action that the application's state does not allow (409).
 */
class IllegalTransitionException extends ConflictException {

	IllegalTransitionException(ApplicationState state, String action) {
		super("application.transition.illegal");
		this.state = state;
		this.action = action;
	}

	private final ApplicationState state;

	private final String action;

	@Override
	public String getMessage() {
		return "Cannot " + this.action + " an application in state " + this.state;
	}

}
