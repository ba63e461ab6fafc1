package org.fugong.appeal;

import java.util.List;

import org.fugong.common.BusinessRuleException;
import org.fugong.common.FieldProblem;

/**
 * The reopening window after closing has passed (422).
 */
class AppealReopenWindowException extends BusinessRuleException {

	AppealReopenWindowException() {
		super("appeal.reopen.tooLate", List.of(new FieldProblem("reason", "appeal.reopen.tooLate")));
	}

}
