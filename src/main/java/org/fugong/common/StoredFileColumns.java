package org.fugong.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.fugong.common.FileStore.StoredFile;

/**
 * Where an uploaded file is kept and what it is, as the columns of every table
 * that refers to one ({@code filename, content_type, size_bytes, sha256, storage_key}).
 */
@Embeddable
public class StoredFileColumns {

	private String filename;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long sizeBytes;

	private String sha256;

	@Column(name = "storage_key")
	private String storageKey;

	protected StoredFileColumns() {
	}

	public StoredFileColumns(StoredFile file) {
		this.filename = file.originalName();
		this.contentType = file.contentType();
		this.sizeBytes = file.size();
		this.sha256 = file.sha256();
		this.storageKey = file.key();
	}

	public String filename() {
		return this.filename;
	}

	public String contentType() {
		return this.contentType;
	}

	public long size() {
		return this.sizeBytes;
	}

	public String sha256() {
		return this.sha256;
	}

	public String storageKey() {
		return this.storageKey;
	}

}
