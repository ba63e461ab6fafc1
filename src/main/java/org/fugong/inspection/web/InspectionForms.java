package org.fugong.inspection.web;

import java.util.List;

import org.fugong.common.FieldProblem;

import org.springframework.validation.BindingResult;

/** How the inspection pages put a service's field problems on the form they show again. */
public final class InspectionForms {

	private InspectionForms() {
	}

	/** Each problem on its field (the first per field), or on the form when it names no field of it. */
	public static void reject(BindingResult result, List<FieldProblem> problems) {
		for (FieldProblem problem : problems) {
			try {
				if (!result.hasFieldErrors(problem.field())) {
					result.rejectValue(problem.field(), problem.messageKey(), problem.args(), null);
				}
			}
			catch (RuntimeException ex) {
				result.reject(problem.messageKey(), problem.args(), null);
			}
		}
	}

}
