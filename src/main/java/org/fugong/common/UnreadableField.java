package org.fugong.common;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Names the field of a JSON body that Jackson could not read (a wrong type, an
 * unknown enum value), so the caller learns what to fix; for an enum it lists the
 * values allowed.
 */
final class UnreadableField {

	private UnreadableField() {
	}

	/** The field at fault, or {@code null} when the body is not JSON at all. */
	static FieldProblem of(HttpMessageNotReadableException ex) {
		if (!(ex.getMostSpecificCause() instanceof MismatchedInputException mismatch)) {
			return null;
		}
		String field = path(mismatch.getPath());
		if (field.isEmpty()) {
			return null;
		}
		Class<?> target = mismatch.getTargetType();
		if (target != null && target.isEnum()) {
			String allowed = Arrays.stream(target.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
			return new FieldProblem(field, "validation.enum", allowed);
		}
		return new FieldProblem(field, "validation.typeMismatch");
	}

	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
