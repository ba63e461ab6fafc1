package org.fugong.whitelist;

/**
 * Published when an enterprise is put on a whitelist (by approval, by an official or by an import).
 */
public record WhitelistEntryAdded(long entryId, long enterpriseId, WhitelistLevel level) implements WhitelistChanged {
}
