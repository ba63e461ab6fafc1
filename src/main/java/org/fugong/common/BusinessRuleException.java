package org.fugong.common;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A business rule is unmet (422); the message key says which, in the reader's language.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class BusinessRuleException extends RuntimeException {

	private final String messageKey;

	private final List<FieldProblem> fields;

	public BusinessRuleException(String messageKey, List<FieldProblem> fields) {
		super(messageKey);
		this.messageKey = messageKey;
		this.fields = List.copyOf(fields);
	}

	public BusinessRuleException(String messageKey) {
		this(messageKey, List.of());
	}

	public String messageKey() {
		return this.messageKey;
	}

	public List<FieldProblem> fields() {
		return this.fields;
	}

}
