package org.fugong.policy;

/**
 * The filters of the policy search; null means "any". {@code region} keeps the
 * policies that apply in that region: national ones, the city's, and those of
 * the region's district.
 */
public record PolicyQuery(String q, PolicyLevel level, PolicyCategory category, String region, boolean inEffect,
		boolean includeWithdrawn) {

	public static PolicyQuery all() {
		return new PolicyQuery(null, null, null, null, false, false);
	}

}
