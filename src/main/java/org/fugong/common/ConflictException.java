package org.fugong.common;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A duplicate, a stale version or an illegal transition (409), with the fields to
 * blame where there are some.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

	private final String messageKey;

	private final List<FieldProblem> fields;

	public ConflictException(String messageKey, List<FieldProblem> fields) {
		super(messageKey);
		this.messageKey = messageKey;
		this.fields = List.copyOf(fields);
	}

	public ConflictException(String messageKey) {
		this(messageKey, List.of());
	}

	public String messageKey() {
		return this.messageKey;
	}

	public List<FieldProblem> fields() {
		return this.fields;
	}

}
