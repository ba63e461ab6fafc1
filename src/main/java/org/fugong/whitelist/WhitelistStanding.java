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
	 * Refuses what an enterprise may do only while listed and active, with the
	 * message {@code <prefix>.enterprise.suspended} or {@code <prefix>.enterprise.notWhitelisted}.
	 */
	public void requireActive(String messagePrefix) {
		if (this != ACTIVE) {
			throw new BusinessRuleException(messagePrefix
					+ ((this == SUSPENDED) ? ".enterprise.suspended" : ".enterprise.notWhitelisted"));
		}
	}

}
