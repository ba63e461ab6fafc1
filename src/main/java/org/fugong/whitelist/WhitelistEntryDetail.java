package org.fugong.whitelist;

import java.util.List;

/**
 * An entry with its history, oldest step first.
 */
public record WhitelistEntryDetail(WhitelistEntryView entry, List<WhitelistChangeView> changes) {
}
