package org.fugong.whitelist;

/**
 * How an entry came about: an approved resumption application, an official's
 * form, or a batch imported from a CSV file.
 */
public enum WhitelistSource {

	APPROVAL, MANUAL, IMPORT

}
