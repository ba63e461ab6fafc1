package org.fugong.whitelist;

/**
 * ACTIVE lets the enterprise issue passes; SUSPENDED stops that until restored;
 * REMOVED is final (the enterprise may be listed again as a new entry).
 */
public enum WhitelistStatus {

	ACTIVE, SUSPENDED, REMOVED

}
