package org.fugong.common;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * For every controller: trims form input (a blank field is null), and shows the
 * 409 page when two people changed the same record at once.
 */
@ControllerAdvice(annotations = Controller.class)
class PageControllerAdvice {

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, ConflictException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict() {
		return "error/409";
	}

}
