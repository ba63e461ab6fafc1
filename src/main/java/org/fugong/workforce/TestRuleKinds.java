package org.fugong.workforce;

/** Which kinds of negative result satisfy a district's test rule. */
public enum TestRuleKinds {

	ANTIGEN, PCR, BOTH;

	boolean counts(TestKind kind) {
		return this == BOTH || this.name().equals(kind.name());
	}

}
