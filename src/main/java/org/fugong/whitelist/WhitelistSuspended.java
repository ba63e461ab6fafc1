package org.fugong.whitelist;

/**
 * Published when an official suspends a whitelist entry: the enterprise's passes
 * should stop verifying on that entry until it is restored.
 */
public record WhitelistSuspended(long entryId, long enterpriseId, WhitelistLevel level, String reason) implements WhitelistChanged {
}
