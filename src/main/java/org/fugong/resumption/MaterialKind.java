package org.fugong.resumption;

import java.util.EnumSet;
import java.util.Set;

public enum MaterialKind {

	COMMITMENT, PREVENTION_PLAN, EMERGENCY_PLAN, STAFF_LIST, OTHER, SITE_PHOTO;

	/** What every application must carry before it can be submitted. */
	public static final Set<MaterialKind> REQUIRED = EnumSet.of(COMMITMENT, PREVENTION_PLAN, EMERGENCY_PLAN,
			STAFF_LIST);

	/** What the enterprise uploads (site photos are the town officer's). */
	public static final Set<MaterialKind> BY_ENTERPRISE = EnumSet.of(COMMITMENT, PREVENTION_PLAN, EMERGENCY_PLAN,
			STAFF_LIST, OTHER);

}
