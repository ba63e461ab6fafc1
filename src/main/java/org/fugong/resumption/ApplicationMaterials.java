package org.fugong.resumption;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.FieldProblem;
import org.fugong.common.FileStore;
import org.fugong.common.FileStore.StoredFile;
import org.fugong.common.NotFoundException;
import org.fugong.resumption.ResumptionMaterial.MaterialView;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * An application's materials: what the enterprise uploads and removes while the
 * application is its to edit, and the files as anyone who sees the application
 * downloads them. A material once submitted is withdrawn, never deleted.
 */
@Service
@RequiredArgsConstructor
class ApplicationMaterials {

	private final ResumptionMaterialRepository materials;

	private final VisibleApplications visibility;

	private final Rounds rounds;

	private final FileStore files;

	private final AuditService audit;

	@Transactional
	MaterialView upload(CurrentUser user, long id, MaterialKind kind, MultipartFile file) {
		ResumptionRequest request = this.visibility.own(user, id);
		if (!request.getState().isEditableByEnterprise()) {
			throw new IllegalTransitionException(request.getState(), "UPLOAD");
		}
		if (kind == null || !MaterialKind.BY_ENTERPRISE.contains(kind)) {
			throw new BusinessRuleException("application.material.kind",
					List.of(new FieldProblem("kind", "application.material.kind")));
		}
		StoredFile stored = this.files.store(file, FileStore.DOCUMENTS_AND_IMAGES);
		ResumptionMaterial material = this.materials.save(new ResumptionMaterial(id, kind, stored, user.getUsername()));
		this.audit.record("APPLICATION_MATERIAL_ADDED", "APPLICATION", id, AuditService.SUCCESS,
				kind + " " + stored.originalName() + " " + stored.sha256());
		return material.toView();
	}

	@Transactional
	void remove(CurrentUser user, long id, long materialId) {
		ResumptionRequest request = this.visibility.own(user, id);
		if (!request.getState().isEditableByEnterprise()) {
			throw new IllegalTransitionException(request.getState(), "REMOVE_MATERIAL");
		}
		ResumptionMaterial material = this.materials.findById(materialId)
			.filter((m) -> m.getRequestId() == id && m.getKind() != MaterialKind.SITE_PHOTO)
			.orElseThrow(() -> new NotFoundException("material"));
		if (this.rounds.isSubmitted(materialId)) {
			// Submitted once, kept for good: it leaves the next round, not the record.
			material.withdraw(user.getUsername(), Instant.now());
		}
		else {
			this.materials.delete(material);
		}
		this.audit.record("APPLICATION_MATERIAL_REMOVED", "APPLICATION", id, AuditService.SUCCESS,
				material.toView().filename());
	}

	/** The official's photos of a site visit, kept with the application's materials. */
	void addSitePhotos(long id, List<MultipartFile> photos, String official) {
		if (photos == null) {
			return;
		}
		for (MultipartFile photo : photos) {
			if (photo != null && !photo.isEmpty()) {
				StoredFile stored = this.files.store(photo, FileStore.IMAGES);
				this.materials.save(new ResumptionMaterial(id, MaterialKind.SITE_PHOTO, stored, official));
			}
		}
	}

	@Transactional(readOnly = true)
	Download download(CurrentUser user, long id, long materialId) {
		this.visibility.visible(user, id);
		ResumptionMaterial material = this.materials.findById(materialId)
			.filter((m) -> m.getRequestId() == id)
			.orElseThrow(() -> new NotFoundException("material"));
		return new Download(material.toView(), this.files.load(material.getStorageKey()));
	}

	record Download(MaterialView material, Resource content) {
	}

}
