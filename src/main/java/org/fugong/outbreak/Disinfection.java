package org.fugong.outbreak;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.fugong.common.domain.AuditedEntity;

/** One disinfection of a sealed site (消杀): when, by whom (a team or a company), what was done. */
@Entity
@AttributeOverride(name = "createdBy", column = @Column(name = "recorded_by"))
@AttributeOverride(name = "createdAt", column = @Column(name = "recorded_at"))
@Table(name = "outbreak_disinfection")
class Disinfection extends AuditedEntity {

	@Column(name = "case_id")
	private long caseId;

	@Column(name = "done_at")
	private Instant doneAt;

	@Column(name = "done_by")
	private String doneBy;

	private String note;

	protected Disinfection() {
	}

	Disinfection(long caseId, Instant doneAt, String doneBy, String note, String recordedBy, Instant recordedAt) {
		super(recordedBy, recordedAt);
		this.caseId = caseId;
		this.doneAt = doneAt;
		this.doneBy = doneBy;
		this.note = note;
	}

	DisinfectionView toView(List<PhotoView> photos) {
		return new DisinfectionView(getId(), this.doneAt, this.doneBy, this.note, getCreatedAt(), getCreatedBy(),
				photos);
	}

}
