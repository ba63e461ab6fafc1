package org.fugong.whitelist;

import org.fugong.common.BusinessRuleException;

/**
 * Where an enterprise stands across its whitelist entries: listed and active on
 * at least one level (it may issue passes and they verify), only suspended ones
 * left, or on no list at all.
 */
public enum WhitelistStanding {

	ACTIVE, SUSPENDED, NOT_LISTED;

	/**
	 * Refuses what an enterprise may do only while listed and active: with the
	 * message {@code suspended} while only suspended entries are left, with
	 * {@code notListed} when it is on no list.
	 */
	public void requireActive(String suspended, String notListed) {
		if (this != ACTIVE) {
			throw new BusinessRuleException((this == SUSPENDED) ? suspended : notListed);
		}
	}

}
