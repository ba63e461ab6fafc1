package org.fugong.resumption;

import java.util.List;

import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;

/**
 * A decision without what it needs (an opinion, the site-visit result): 400 by field.
 */
class InvalidDecisionException extends InvalidInputException {

	InvalidDecisionException(List<FieldProblem> fields) {
		super("application.decision.invalid", fields);
	}

}
