package org.fugong.pass;

/**
 * ACTIVE and REVOKED are kept; EXPIRED is read off the end of validity, so that a
 * pass expires at its second without a job to mark it.
 */
public enum PassStatus {

	ACTIVE, REVOKED, EXPIRED

}
