package org.fugong.security;

/**
 * The part of the region tree an official answers for, as the parameters of a
 * scoped query: a null code means "any". A city official sees every district, a
 * district official one district, a town officer one town.
 */
public record Jurisdiction(String districtCode, String townCode) {

	public static final Jurisdiction EVERYWHERE = new Jurisdiction(null, null);

	public static Jurisdiction district(String code) {
		return new Jurisdiction(code, null);
	}

	public static Jurisdiction town(String code) {
		return new Jurisdiction(null, code);
	}

	/** Whether a record in this district and town lies within the jurisdiction. */
	public boolean covers(String district, String town) {
		return (this.districtCode == null || this.districtCode.equals(district))
				&& (this.townCode == null || this.townCode.equals(town));
	}

}
