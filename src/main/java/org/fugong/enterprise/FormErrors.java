package org.fugong.enterprise;

import java.util.List;

import org.fugong.common.FieldProblem;

import org.springframework.validation.BindingResult;

/**
 * Puts the service's field problems on a page's form. The licence is a file beside
 * the form, no property of it: its problem becomes the form's global error, which
 * the pages show at the file input.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult result, List<FieldProblem> problems) {
		for (FieldProblem problem : problems) {
			if (problem.field().equals("licence")) {
				result.reject(problem.messageKey());
			}
			else if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
	}

}
