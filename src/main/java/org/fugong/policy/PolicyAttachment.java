package org.fugong.policy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fugong.common.FileStore.StoredFile;

@Entity
@Table(name = "policy_attachment")
class PolicyAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "policy_id")
	private long policyId;

	private String filename;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long sizeBytes;

	private String sha256;

	@Column(name = "storage_key")
	private String storageKey;

	@Column(name = "uploaded_by")
	private String uploadedBy;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	protected PolicyAttachment() {
	}

	PolicyAttachment(long policyId, StoredFile file, String uploadedBy) {
		this.policyId = policyId;
		this.filename = file.originalName();
		this.contentType = file.contentType();
		this.sizeBytes = file.size();
		this.sha256 = file.sha256();
		this.storageKey = file.key();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
	}

	AttachmentView toView() {
		return new AttachmentView(this.id, this.policyId, this.filename, this.contentType, this.sizeBytes, this.sha256,
				this.uploadedAt);
	}

	String getStorageKey() {
		return this.storageKey;
	}

	long getPolicyId() {
		return this.policyId;
	}

	/** An attachment as lists show it. */
	record AttachmentView(long id, long policyId, String filename, String contentType, long size, String sha256,
			Instant uploadedAt) {
	}

}
