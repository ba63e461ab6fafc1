package org.fugong.policy;

/**
 * One condition checked against one enterprise: met or not, and the text that says why.
 */
public record ConditionOutcome(ConditionKind kind, String value, boolean met, String text, String reason) {
}
