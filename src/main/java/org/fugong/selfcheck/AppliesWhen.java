package org.fugong.selfcheck;

/**
 * When a check item applies, as a specification over the site's facts.
 */
public enum AppliesWhen {

	ALWAYS {
		@Override
		public boolean isSatisfiedBy(SiteFacts site) {
			return true;
		}
	},
	STAFF_ON_SITE_100 {
		@Override
		public boolean isSatisfiedBy(SiteFacts site) {
			return site.staffOnSite() >= SiteFacts.SAMPLING_POINT_THRESHOLD;
		}
	},
	HAS_DORMITORY {
		@Override
		public boolean isSatisfiedBy(SiteFacts site) {
			return site.hasDormitory();
		}
	},
	HAS_CANTEEN {
		@Override
		public boolean isSatisfiedBy(SiteFacts site) {
			return site.hasCanteen();
		}
	},
	IMPORTED_GOODS {
		@Override
		public boolean isSatisfiedBy(SiteFacts site) {
			return site.importedGoods();
		}
	},
	HAS_VEHICLES {
		@Override
		public boolean isSatisfiedBy(SiteFacts site) {
			return site.hasVehicles();
		}
	};

	public abstract boolean isSatisfiedBy(SiteFacts site);

}
