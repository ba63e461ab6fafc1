package org.fugong.policy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fugong.common.FileStore.StoredFile;
import org.fugong.common.StoredFileColumns;

@Entity
@Table(name = "policy_attachment")
class PolicyAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "policy_id")
	private long policyId;

	@Embedded
	private StoredFileColumns file;

	@Column(name = "uploaded_by")
	private String uploadedBy;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	protected PolicyAttachment() {
	}

	PolicyAttachment(long policyId, StoredFile file, String uploadedBy) {
		this.policyId = policyId;
		this.file = new StoredFileColumns(file);
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
	}

	AttachmentView toView() {
		return new AttachmentView(this.id, this.policyId, this.file.filename(),
				this.file.contentType(), this.file.size(), this.file.sha256(),
				this.uploadedAt);
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
