package org.fugong.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

	/**
	 * The jurisdiction as a WHERE condition on a row's district and town columns
	 * ({@code " AND r.district_code = ? AND r.town_code = ?"}, each only when set),
	 * whose arguments {@link #after} appends.
	 */
	public String where(String districtColumn, String townColumn) {
		return ((this.districtCode != null) ? " AND " + districtColumn + " = ?" : "")
				+ ((this.townCode != null) ? " AND " + townColumn + " = ?" : "");
	}

	/** {@link #where(String, String)} on {@code alias.district_code} and {@code alias.town_code}. */
	public String where(String alias) {
		return where(alias + ".district_code", alias + ".town_code");
	}

	/** The arguments of a query: those given, then the codes {@link #where} names. */
	public Object[] after(Object... first) {
		List<Object> args = new ArrayList<>(Arrays.asList(first));
		if (this.districtCode != null) {
			args.add(this.districtCode);
		}
		if (this.townCode != null) {
			args.add(this.townCode);
		}
		return args.toArray();
	}

}
