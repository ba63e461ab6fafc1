package org.fugong.inspection;

import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;

import org.springframework.security.access.AccessDeniedException;

/** Where a caller's reads are scoped: their own enterprise, or their jurisdiction. */
record CallerScope(Long enterprise, String district, String town) {

	static CallerScope of(CurrentUser user) {
		if (user.enterpriseId() != null) {
			return new CallerScope(user.enterpriseId(), null, null);
		}
		if (!user.isOfficial()) {
			throw new AccessDeniedException("Neither an enterprise nor an official");
		}
		Jurisdiction j = user.jurisdiction();
		return new CallerScope(null, j.districtCode(), j.townCode());
	}

}
