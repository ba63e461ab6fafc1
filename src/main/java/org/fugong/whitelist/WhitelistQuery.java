package org.fugong.whitelist;

/**
 * The filters of a whitelist search; null means "any". {@code region} is a
 * district or a town code.
 */
public record WhitelistQuery(WhitelistLevel level, String region, String batch, WhitelistStatus status) {

	public static final WhitelistQuery ALL = new WhitelistQuery(null, null, null, null);

	public WhitelistQuery {
		region = blankToNull(region);
		batch = blankToNull(batch);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
