package org.fugong.whitelist;

/**
 * Any change to an enterprise's whitelist entries (added, suspended, restored,
 * removed): for a listener that only needs to know that the enterprise's
 * standing may have changed, whichever way.
 */
public sealed interface WhitelistChanged permits WhitelistEntryAdded, WhitelistSuspended, WhitelistRestored, WhitelistRemoved {

	long entryId();

	long enterpriseId();

	WhitelistLevel level();

}
