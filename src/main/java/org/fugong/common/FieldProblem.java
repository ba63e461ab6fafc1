package org.fugong.common;

/**
 * A problem with one input field, as a message key resolved in the reader's language.
 */
public record FieldProblem(String field, String messageKey, Object... args) {
}
