package org.fugong.common;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that the form's annotations cannot judge alone but that is wrong all the
 * same (400), with the fields at fault.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

	private final String messageKey;

	private final List<FieldProblem> fields;

	public InvalidInputException(String messageKey, List<FieldProblem> fields) {
		super(messageKey);
		this.messageKey = messageKey;
		this.fields = List.copyOf(fields);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public List<FieldProblem> fields() {
		return this.fields;
	}

}
