package org.fugong.pass;

/** Why a pass verifies or not, in the order the checks run (API.md). */
public enum VerificationReason {

	MALFORMED, BAD_SIGNATURE, UNKNOWN_KEY, REVOKED, NOT_YET_VALID, EXPIRED, ENTERPRISE_NOT_WHITELISTED,
	ENTERPRISE_SUSPENDED, TEST_OVERDUE, TEST_POSITIVE, HEALTH_DECLARATION, OUT_OF_SCOPE, OK

}
