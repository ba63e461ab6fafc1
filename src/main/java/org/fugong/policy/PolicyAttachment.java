package org.fugong.policy;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.fugong.common.FileStore.StoredFile;
import org.fugong.common.StoredFileColumns;
import org.fugong.common.domain.AuditedEntity;

@Entity
@AttributeOverride(name = "createdBy", column = @Column(name = "uploaded_by"))
@AttributeOverride(name = "createdAt", column = @Column(name = "uploaded_at"))
@Table(name = "policy_attachment")
class PolicyAttachment extends AuditedEntity {

	@Column(name = "policy_id")
	private long policyId;

	@Embedded
	private StoredFileColumns file;

	protected PolicyAttachment() {
	}

	PolicyAttachment(long policyId, StoredFile file, String uploadedBy) {
		super(uploadedBy, Instant.now());
		this.policyId = policyId;
		this.file = new StoredFileColumns(file);
	}

	AttachmentView toView() {
		return new AttachmentView(getId(), this.policyId, this.file.filename(),
				this.file.contentType(), this.file.size(), this.file.sha256(),
				getCreatedAt());
	}

	String getStorageKey() {
		return this.file.storageKey();
	}

	long getPolicyId() {
		return this.policyId;
	}

	/** An attachment as lists show it. */
	record AttachmentView(long id, long policyId, String filename, String contentType, long size, String sha256,
			Instant uploadedAt) {
	}

}
