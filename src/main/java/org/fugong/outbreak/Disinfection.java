package org.fugong.outbreak;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One disinfection of a sealed site (消杀): when, by whom (a team or a company), what was done. */
@Entity
@Table(name = "outbreak_disinfection")
class Disinfection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private long caseId;

	@Column(name = "done_at")
	private Instant doneAt;

	@Column(name = "done_by")
	private String doneBy;

	private String note;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	@Column(name = "recorded_by")
	private String recordedBy;

	protected Disinfection() {
	}

	Disinfection(long caseId, Instant doneAt, String doneBy, String note, String recordedBy, Instant recordedAt) {
		this.caseId = caseId;
		this.doneAt = doneAt;
		this.doneBy = doneBy;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	DisinfectionView toView(List<PhotoView> photos) {
		return new DisinfectionView(this.id, this.doneAt, this.doneBy, this.note, this.recordedAt, this.recordedBy,
				photos);
	}

	Long getId() {
		return this.id;
	}

}
