package org.fugong.workforce;

/**
 * Which negative results satisfy a district's test rule: one kind, either kind
 * ({@code EITHER}), or {@code BOTH} (一日两测): an antigen sampled on the day and a
 * PCR sampled within the last 24 hours.
 */
public enum TestRuleKinds {

	ANTIGEN, PCR, EITHER, BOTH

}
