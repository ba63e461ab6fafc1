package org.fugong.resumption;

import lombok.RequiredArgsConstructor;
import org.fugong.common.NotFoundException;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;

import org.springframework.stereotype.Component;

/**
 * Finds an application as a user may see it: an enterprise its own, an official
 * one in their jurisdiction; anything else is "not found", never "forbidden".
 */
@Component
@RequiredArgsConstructor
class VisibleApplications {

	private final ResumptionRequestRepository requests;

	ResumptionRequest own(CurrentUser user, long id) {
		return this.requests.findOwn(id, user.requireEnterpriseId())
			.orElseThrow(() -> new NotFoundException("application"));
	}

	ResumptionRequest inJurisdiction(CurrentUser official, long id) {
		Jurisdiction scope = official.jurisdiction();
		return this.requests.findInJurisdiction(id, scope.districtCode(), scope.townCode())
			.orElseThrow(() -> new NotFoundException("application"));
	}

	ResumptionRequest visible(CurrentUser user, long id) {
		if (user.enterpriseId() != null) {
			return own(user, id);
		}
		if (user.isOfficial()) {
			return inJurisdiction(user, id);
		}
		throw new NotFoundException("application");
	}

}
