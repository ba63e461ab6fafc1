package org.fugong.policy;

import java.util.Set;

import org.fugong.enterprise.EnterpriseView;
import org.fugong.enterprise.Industry;

/**
 * What the key conditions of a policy are checked against: the enterprise's
 * profile and the whitelist levels it holds.
 */
public record EnterpriseFacts(long enterpriseId, Industry industry, int staffCount, boolean aboveDesignatedSize,
		boolean foreignInvested, String districtCode, String townCode, Set<String> whitelistLevels) {

	public static EnterpriseFacts of(EnterpriseView enterprise, Set<String> whitelistLevels) {
		return new EnterpriseFacts(enterprise.id(), enterprise.industry(), enterprise.staffCount(),
				enterprise.aboveDesignatedSize(), enterprise.foreignInvested(), enterprise.districtCode(),
				enterprise.townCode(), Set.copyOf(whitelistLevels));
	}

	public SizeClass sizeClass() {
		return SizeClass.ofStaff(this.staffCount);
	}

}
