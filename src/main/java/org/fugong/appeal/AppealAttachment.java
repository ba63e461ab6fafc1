package org.fugong.appeal;

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

/**
 * A file the enterprise attached to its appeal (PDF or image, checked by content).
 */
@Entity
@Table(name = "appeal_attachment")
class AppealAttachment {

	/** How many files one item may carry. */
	static final int MAX_PER_APPEAL = 5;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "appeal_id")
	private long appealId;

	@Embedded
	private StoredFileColumns file;

	@Column(name = "uploaded_by")
	private String uploadedBy;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	protected AppealAttachment() {
	}

	AppealAttachment(long appealId, StoredFile file, String uploadedBy, Instant at) {
		this.appealId = appealId;
		this.file = new StoredFileColumns(file);
		this.uploadedBy = uploadedBy;
		this.uploadedAt = at;
	}

	long getAppealId() {
		return this.appealId;
	}

	String getStorageKey() {
		return this.file.storageKey();
	}

	AppealDetail.Attachment toView() {
		return new AppealDetail.Attachment(this.id, this.file.filename(), this.file.contentType(), this.file.size(),
				this.file.sha256(), this.uploadedAt);
	}

}
