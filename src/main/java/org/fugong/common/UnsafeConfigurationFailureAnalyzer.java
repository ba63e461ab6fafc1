package org.fugong.common;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints an {@link UnsafeConfigurationException} as Boot's "APPLICATION FAILED TO START" report, without a stack trace. */
class UnsafeConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnsafeConfigurationException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
