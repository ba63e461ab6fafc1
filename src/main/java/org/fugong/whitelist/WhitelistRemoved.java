package org.fugong.whitelist;

/**
 * Published when an official takes an enterprise off a whitelist for good.
 */
public record WhitelistRemoved(long entryId, long enterpriseId, WhitelistLevel level, String reason) implements WhitelistChanged {
}
