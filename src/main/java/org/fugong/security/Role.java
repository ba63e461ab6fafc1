package org.fugong.security;

import java.util.EnumSet;
import java.util.Set;

public enum Role {

	ENTERPRISE, TOWN_OFFICER, DISTRICT_OFFICIAL, CITY_OFFICIAL, GUARD, ADMIN,

	/**
	 * An officer of a functional department (经信、人社、商务、税务 …) of a district or
	 * the city: not an official of the region, they see only the demands transferred
	 * to their department.
	 */
	DEPARTMENT_OFFICER;

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
		return isOfficial() || this == GUARD || this == DEPARTMENT_OFFICER;
	}

}
