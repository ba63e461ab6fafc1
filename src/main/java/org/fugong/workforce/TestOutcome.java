package org.fugong.workforce;

/** The result of one test (the API calls it {@code result}). */
public enum TestOutcome {

	NEGATIVE, POSITIVE

}
