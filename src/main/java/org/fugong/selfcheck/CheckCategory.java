package org.fugong.selfcheck;

/**
 * 三准备 (rules, supplies, emergency) and 三措施 (staff health, visitors, logistics).
 */
public enum CheckCategory {

	SYSTEM_PREP(true), SUPPLIES_PREP(true), EMERGENCY_PREP(true), STAFF_HEALTH(false), VISITOR_CONTROL(false),
	LOGISTICS_CONTROL(false);

	private final boolean preparation;

	CheckCategory(boolean preparation) {
		this.preparation = preparation;
	}

	/** Whether it is one of the three preparations (else one of the three measures). */
	public boolean isPreparation() {
		return this.preparation;
	}

}
