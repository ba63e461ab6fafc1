package org.fugong.inspection;

import lombok.RequiredArgsConstructor;
import org.fugong.common.FileStore;
import org.fugong.common.NotFoundException;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who may see a photo: its enterprise, and the officials whose jurisdiction covers the enterprise. */
@Component
@RequiredArgsConstructor
class PhotoAccess {

	private final PhotoRepository photos;

	private final FileStore files;

	@Transactional(readOnly = true)
	Photo load(CurrentUser user, long id) {
		InspectionPhoto photo = this.photos.findById(id)
			.filter((p) -> visible(user, p))
			.orElseThrow(() -> new NotFoundException("photo"));
		return new Photo(this.files.load(photo.getStorageKey()), photo.getContentType());
	}

	private static boolean visible(CurrentUser user, InspectionPhoto photo) {
		if (user.enterpriseId() != null) {
			return user.enterpriseId() == photo.getEnterpriseId();
		}
		if (!user.isOfficial()) {
			return false;
		}
		Jurisdiction scope = user.jurisdiction();
		return scope.covers(photo.getDistrictCode(), photo.getTownCode());
	}

	record Photo(Resource resource, String contentType) {
	}

}
