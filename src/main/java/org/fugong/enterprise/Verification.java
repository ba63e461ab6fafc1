package org.fugong.enterprise;

/**
 * Where an enterprise stands in verification (企业核验): {@code PENDING} from
 * registration (and again after it corrected a rejected licence) until a town officer
 * or district official of its region has checked its business licence and legal
 * representative; only a {@code VERIFIED} enterprise may submit an application, be
 * whitelisted or issue passes.
 */
public enum Verification {

	PENDING, VERIFIED, REJECTED;

	/** The decisions an official may take on a pending enterprise. */
	public boolean isDecision() {
		return this != PENDING;
	}

}
