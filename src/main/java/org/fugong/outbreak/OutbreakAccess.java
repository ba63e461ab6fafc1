package org.fugong.outbreak;

import lombok.RequiredArgsConstructor;
import org.fugong.common.NotFoundException;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Which outbreak cases a caller reaches. */
@Component
@RequiredArgsConstructor
class OutbreakAccess {

	private final OutbreakRepository cases;

	/** A case the caller may see: its own enterprise's, or one in the official's jurisdiction; else "not found". */
	OutbreakCase visible(CurrentUser user, long caseId) {
		OutbreakCase outbreak = this.cases.findById(caseId).orElseThrow(() -> new NotFoundException("outbreak"));
		if (user.enterpriseId() != null) {
			if (user.enterpriseId() != outbreak.getEnterpriseId()) {
				throw new NotFoundException("outbreak");
			}
			return outbreak;
		}
		if (!jurisdictionOf(user).covers(outbreak.getDistrictCode(), outbreak.getTownCode())) {
			throw new NotFoundException("outbreak");
		}
		return outbreak;
	}

	/** The official's jurisdiction; anyone else does not follow cases. */
	static Jurisdiction jurisdictionOf(CurrentUser user) {
		if (!user.isOfficial()) {
			throw new AccessDeniedException(user.getUsername() + " does not follow outbreak cases");
		}
		return user.jurisdiction();
	}

}
