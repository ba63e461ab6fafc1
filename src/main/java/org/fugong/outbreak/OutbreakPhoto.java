package org.fugong.outbreak;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fugong.common.FileStore.StoredFile;
import org.fugong.common.StoredFileColumns;

/** A photo of a disinfection, kept by the file store (its type read from the content). */
@Entity
@Table(name = "outbreak_photo")
class OutbreakPhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "disinfection_id")
	private long disinfectionId;

	@Column(name = "case_id")
	private long caseId;

	@Embedded
	private StoredFileColumns file;

	protected OutbreakPhoto() {
	}

	OutbreakPhoto(long disinfectionId, long caseId, StoredFile file) {
		this.disinfectionId = disinfectionId;
		this.caseId = caseId;
		this.file = new StoredFileColumns(file);
	}

	PhotoView toView() {
		return new PhotoView(this.id, this.file.filename(), this.file.size());
	}

	long getDisinfectionId() {
		return this.disinfectionId;
	}

	long getCaseId() {
		return this.caseId;
	}

	StoredFileColumns getFile() {
		return this.file;
	}

}
