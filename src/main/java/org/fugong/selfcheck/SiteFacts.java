package org.fugong.selfcheck;

/**
 * What the enterprise says of its site, deciding which items apply.
 */
public record SiteFacts(int staffOnSite, boolean hasDormitory, boolean hasCanteen, boolean importedGoods,
		boolean hasVehicles) {

	/** 一企一点三专员: from this many staff on site an enterprise runs its own sampling point. */
	public static final int SAMPLING_POINT_THRESHOLD = 100;

}
