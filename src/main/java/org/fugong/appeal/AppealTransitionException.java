package org.fugong.appeal;

import org.fugong.common.ConflictException;

/**
 * An action that the appeal's state does not allow (409).
 */
class AppealTransitionException extends ConflictException {

	private final AppealState state;

	private final String action;

	AppealTransitionException(AppealState state, String action) {
		super("appeal.transition.illegal");
		this.state = state;
		this.action = action;
	}

	@Override
	public String getMessage() {
		return "Cannot " + this.action + " an appeal in state " + this.state;
	}

}
