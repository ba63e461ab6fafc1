package org.fugong.appeal;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.fugong.common.FileStore.StoredFile;
import org.fugong.common.StoredFileColumns;
import org.fugong.common.domain.AuditedEntity;

/**
 * A file the enterprise attached to its appeal (PDF or image, checked by content).
 */
@Entity
@AttributeOverride(name = "createdBy", column = @Column(name = "uploaded_by"))
@AttributeOverride(name = "createdAt", column = @Column(name = "uploaded_at"))
@Table(name = "appeal_attachment")
class AppealAttachment extends AuditedEntity {

	/** How many files one item may carry. */
	static final int MAX_PER_APPEAL = 5;

	@Column(name = "appeal_id")
	private long appealId;

	@Embedded
	private StoredFileColumns file;

	protected AppealAttachment() {
	}

	AppealAttachment(long appealId, StoredFile file, String uploadedBy, Instant at) {
		super(uploadedBy, at);
		this.appealId = appealId;
		this.file = new StoredFileColumns(file);
	}

	long getAppealId() {
		return this.appealId;
	}

	String getStorageKey() {
		return this.file.storageKey();
	}

	AppealDetail.Attachment toView() {
		return new AppealDetail.Attachment(getId(), this.file.filename(), this.file.contentType(), this.file.size(),
				this.file.sha256(), getCreatedAt());
	}

}
