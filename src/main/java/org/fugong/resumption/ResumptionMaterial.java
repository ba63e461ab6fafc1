package org.fugong.resumption;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fugong.common.FileStore.StoredFile;
import org.fugong.common.StoredFileColumns;
import org.fugong.common.domain.AuditedEntity;

@Entity
@AttributeOverride(name = "createdBy", column = @Column(name = "uploaded_by"))
@AttributeOverride(name = "createdAt", column = @Column(name = "uploaded_at"))
@Table(name = "resumption_material")
class ResumptionMaterial extends AuditedEntity {

	@Column(name = "request_id")
	private long requestId;

	@Enumerated(EnumType.STRING)
	private MaterialKind kind;

	@Embedded
	private StoredFileColumns file;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "withdrawn_by")
	private String withdrawnBy;

	protected ResumptionMaterial() {
	}

	ResumptionMaterial(long requestId, MaterialKind kind, StoredFile file, String uploadedBy) {
		super(uploadedBy, Instant.now());
		this.requestId = requestId;
		this.kind = kind;
		this.file = new StoredFileColumns(file);
	}

	MaterialView toView() {
		return new MaterialView(getId(), this.kind, this.file.filename(),
				this.file.contentType(), this.file.size(), this.file.sha256(),
				getCreatedBy(), getCreatedAt());
	}

	/** Takes a submitted material out of the next round; its row and file stay with the rounds it was in. */
	void withdraw(String by, Instant at) {
		this.withdrawnAt = at;
		this.withdrawnBy = by;
	}

	long getRequestId() {
		return this.requestId;
	}

	MaterialKind getKind() {
		return this.kind;
	}

	String getStorageKey() {
		return this.file.storageKey();
	}

	/** A material as lists and the API show it: {@code {id, kind, filename, size, sha256}}. */
	record MaterialView(long id, MaterialKind kind, String filename, String contentType, long size, String sha256,
			String uploadedBy, Instant uploadedAt) {
	}

}
