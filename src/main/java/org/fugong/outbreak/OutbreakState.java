package org.fugong.outbreak;

/** A case is SEALED (封控) from the moment it is opened until it is UNSEALED (解封), which is final. */
public enum OutbreakState {

	SEALED, UNSEALED

}
