package org.fugong.selfcheck;

import java.util.function.Predicate;

/**
 * When a check item applies, as a specification over the site's facts.
 */
public enum AppliesWhen {

	ALWAYS((site) -> true),
	STAFF_ON_SITE_100((site) -> site.staffOnSite() >= SiteFacts.SAMPLING_POINT_THRESHOLD),
	HAS_DORMITORY(SiteFacts::hasDormitory),
	HAS_CANTEEN(SiteFacts::hasCanteen),
	IMPORTED_GOODS(SiteFacts::importedGoods),
	HAS_VEHICLES(SiteFacts::hasVehicles);

	private final Predicate<SiteFacts> specification;

	AppliesWhen(Predicate<SiteFacts> specification) {
		this.specification = specification;
	}

	public boolean isSatisfiedBy(SiteFacts site) {
		return this.specification.test(site);
	}

}
