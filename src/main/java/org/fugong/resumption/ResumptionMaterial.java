package org.fugong.resumption;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fugong.common.FileStore.StoredFile;
import org.fugong.common.StoredFileColumns;

@Entity
@Table(name = "resumption_material")
class ResumptionMaterial {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id")
	private long requestId;

	@Enumerated(EnumType.STRING)
	private MaterialKind kind;

	@Embedded
	private StoredFileColumns file;

	@Column(name = "uploaded_by")
	private String uploadedBy;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "withdrawn_by")
	private String withdrawnBy;

	protected ResumptionMaterial() {
	}

	ResumptionMaterial(long requestId, MaterialKind kind, StoredFile file, String uploadedBy) {
		this.requestId = requestId;
		this.kind = kind;
		this.file = new StoredFileColumns(file);
		this.uploadedBy = uploadedBy;
		this.uploadedAt = Instant.now();
	}

	MaterialView toView() {
		return new MaterialView(this.id, this.kind, this.file.filename(),
				this.file.contentType(), this.file.size(), this.file.sha256(),
				this.uploadedBy, this.uploadedAt);
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
