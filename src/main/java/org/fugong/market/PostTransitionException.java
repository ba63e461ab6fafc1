package org.fugong.market;

import org.fugong.common.ConflictException;

/** A post or a contact request asked to change from a state that does not allow it (409). */
class PostTransitionException extends ConflictException {

	PostTransitionException(String messageKey) {
		super(messageKey);
	}

}
