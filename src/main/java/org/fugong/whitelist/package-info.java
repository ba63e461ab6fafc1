/**
 * Whitelists (白名单) at city, district and town level, issued in batches: an
 * approved resumption application lists the enterprise at district level (an
 * event), officials list, suspend, restore and remove the entries of their own
 * level within their jurisdiction, and city officials import a batch from CSV.
 * Every change is kept in the entry's history and the audit log and published as
 * an event ({@code WhitelistSuspended} and the others), so that passes follow;
 * only enterprises actively listed may issue them ({@link org.fugong.whitelist.WhitelistService#activeLevelsOf}).
 */
package org.fugong.whitelist;
