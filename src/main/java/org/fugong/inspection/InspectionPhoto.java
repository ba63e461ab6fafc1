package org.fugong.inspection;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fugong.common.FileStore.StoredFile;
import org.fugong.common.domain.AuditedEntity;

/**
 * A photo of one aspect, taken by the inspector (with an inspection) or sent by
 * the enterprise (with its answer to a notice). It copies where the enterprise
 * lies, so that who may see it is decided from its own row.
 */
@Entity
@AttributeOverride(name = "createdBy", column = @Column(name = "uploaded_by"))
@AttributeOverride(name = "createdAt", column = @Column(name = "uploaded_at"))
@Table(name = "inspection_photo")
class InspectionPhoto extends AuditedEntity {

	@Column(name = "inspection_id")
	private Long inspectionId;

	@Column(name = "notice_id")
	private Long noticeId;

	@Enumerated(EnumType.STRING)
	private Aspect aspect;

	@Column(name = "storage_key")
	private String storageKey;

	@Column(name = "original_name")
	private String originalName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long sizeBytes;

	private String sha256;

	@Column(name = "enterprise_id")
	private long enterpriseId;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "town_code")
	private String townCode;

	protected InspectionPhoto() {
	}

	InspectionPhoto(Long inspectionId, Long noticeId, Aspect aspect, StoredFile file, long enterpriseId,
			String districtCode, String townCode, String by, Instant at) {
		super(by, at);
		this.inspectionId = inspectionId;
		this.noticeId = noticeId;
		this.aspect = aspect;
		this.storageKey = file.key();
		this.originalName = file.originalName();
		this.contentType = file.contentType();
		this.sizeBytes = file.size();
		this.sha256 = file.sha256();
		this.enterpriseId = enterpriseId;
		this.districtCode = districtCode;
		this.townCode = townCode;
	}

	PhotoView toView() {
		return new PhotoView(getId(), this.aspect, this.noticeId != null, this.originalName, this.sizeBytes);
	}

	String getStorageKey() {
		return this.storageKey;
	}

	String getContentType() {
		return this.contentType;
	}

	long getEnterpriseId() {
		return this.enterpriseId;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	String getTownCode() {
		return this.townCode;
	}

}
