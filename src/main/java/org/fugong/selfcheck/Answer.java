package org.fugong.selfcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An answer to one item, with the item as it was when answered (text, weight,
 * rule), so that later template versions leave past results as they were.
 */
@Embeddable
class Answer {

	private String code;

	private int position;

	@Enumerated(EnumType.STRING)
	private CheckCategory category;

	@Column(name = "text_zh")
	private String textZh;

	@Column(name = "text_en")
	private String textEn;

	private boolean mandatory;

	private boolean applicable;

	@Enumerated(EnumType.STRING)
	private Evidence evidence;

	@Column(name = "guidance_code")
	private String guidanceCode;

	private Boolean satisfied;

	private String note;

	@Column(name = "file_key")
	private String fileKey;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "file_sha256")
	private String fileSha256;

	protected Answer() {
	}

	Answer(CheckItem item, boolean applicable, Boolean satisfied, String note, EvidenceFile file) {
		this.code = item.code();
		this.position = item.position();
		this.category = item.category();
		this.textZh = item.textZh();
		this.textEn = item.textEn();
		this.mandatory = item.mandatory();
		this.applicable = applicable;
		this.evidence = item.evidence();
		this.guidanceCode = item.guidanceCode();
		this.satisfied = satisfied;
		this.note = note;
		if (file != null) {
			this.fileKey = file.key();
			this.fileName = file.name();
			this.fileSha256 = file.sha256();
		}
	}

	/** A file kept as evidence. */
	record EvidenceFile(String key, String name, String sha256) {
	}

	CheckItem item() {
		return new CheckItem(this.code, this.position, this.category, this.textZh, this.textEn, this.mandatory, null,
				this.evidence, this.guidanceCode);
	}

	/**
	 * Met when it does not apply, or is answered "yes" with the evidence it asks for.
	 */
	boolean isMet() {
		if (!this.applicable) {
			return true;
		}
		if (!Boolean.TRUE.equals(this.satisfied)) {
			return false;
		}
		return switch (this.evidence) {
			case NONE -> true;
			case NOTE -> this.note != null && !this.note.isBlank();
			case FILE -> this.fileKey != null;
		};
	}

	/** Why it is not met: unanswered, answered "no", or evidence missing. */
	String shortfall() {
		if (this.satisfied == null) {
			return "UNANSWERED";
		}
		if (!this.satisfied) {
			return "NOT_SATISFIED";
		}
		return (this.evidence == Evidence.NOTE) ? "NOTE_MISSING" : "FILE_MISSING";
	}

	String getCode() {
		return this.code;
	}

	boolean isMandatory() {
		return this.mandatory;
	}

	boolean isApplicable() {
		return this.applicable;
	}

	Boolean getSatisfied() {
		return this.satisfied;
	}

	String getNote() {
		return this.note;
	}

	String getFileKey() {
		return this.fileKey;
	}

	String getFileName() {
		return this.fileName;
	}

	EvidenceFile file() {
		return (this.fileKey != null) ? new EvidenceFile(this.fileKey, this.fileName, this.fileSha256) : null;
	}

}
