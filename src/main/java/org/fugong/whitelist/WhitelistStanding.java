package org.fugong.whitelist;

/**
 * Where an enterprise stands across its whitelist entries: listed and active on
 * at least one level (it may issue passes and they verify), only suspended ones
 * left, or on no list at all.
 */
public enum WhitelistStanding {

	ACTIVE, SUSPENDED, NOT_LISTED

}
