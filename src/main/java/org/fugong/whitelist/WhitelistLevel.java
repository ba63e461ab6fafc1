package org.fugong.whitelist;

import org.fugong.security.Role;

/**
 * The three lists: the city's (市级), a district's (区级) and a town's (街镇). Each is
 * kept by the officials of its own level only.
 */
public enum WhitelistLevel {

	CITY, DISTRICT, TOWN;

	/** The level an official of the role keeps, or null for roles that keep none. */
	public static WhitelistLevel keptBy(Role role) {
		return switch (role) {
			case CITY_OFFICIAL -> CITY;
			case DISTRICT_OFFICIAL -> DISTRICT;
			case TOWN_OFFICER -> TOWN;
			default -> null;
		};
	}

}
