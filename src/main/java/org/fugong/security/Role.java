package org.fugong.security;

import java.util.EnumSet;
import java.util.Set;

public enum Role {

	ENTERPRISE, TOWN_OFFICER, DISTRICT_OFFICIAL, CITY_OFFICIAL, GUARD, ADMIN;

	/** The roles that act for a region: they see its enterprises and their records. */
	public static final Set<Role> OFFICIALS = EnumSet.of(TOWN_OFFICER, DISTRICT_OFFICIAL, CITY_OFFICIAL);

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean isOfficial() {
		return OFFICIALS.contains(this);
	}

	/** Whether accounts of this role are bound to a region (and so need one). */
	public boolean isRegional() {
		return isOfficial() || this == GUARD;
	}

}
