package org.fugong.whitelist;

/**
 * Published when an official restores a suspended whitelist entry.
 */
public record WhitelistRestored(long entryId, long enterpriseId, WhitelistLevel level, String reason) implements WhitelistChanged {
}
