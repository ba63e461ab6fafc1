package org.fugong.workforce.report;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An enterprise's report of one day (生产实时监测). It can be corrected during
 * that day only; each correction first keeps the values it replaces as a
 * {@link DailyReportRevision}.
 */
@Entity
@Table(name = "daily_report")
class DailyReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enterprise_id")
	private long enterpriseId;

	@Column(name = "report_date")
	private LocalDate date;

	@Embedded
	private Figures figures;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	@Version
	private long version;

	protected DailyReport() {
	}

	DailyReport(long enterpriseId, LocalDate date, Figures figures, String actor) {
		this.enterpriseId = enterpriseId;
		this.date = date;
		this.createdAt = Instant.now();
		apply(figures, actor);
	}

	/** What the enterprise reports for a day; a revision keeps the figures it replaced alike. */
	@Embeddable
	@Schema(name = "DailyReportFigures")
	record Figures(@Column(name = "staff_on_site") int staffOnSite,
			@Column(name = "capacity_percent") int capacityPercent, @Column(name = "antigen_tested") int antigenTested,
			@Column(name = "pcr_sampled") int pcrSampled, int abnormal, String problems) {
	}

	/** Replaces the figures; answers the revision that keeps the old ones. */
	DailyReportRevision correct(Figures figures, String actor) {
		DailyReportRevision revision = new DailyReportRevision(this.id, this.figures, this.updatedAt, this.updatedBy);
		apply(figures, actor);
		return revision;
	}

	private void apply(Figures figures, String actor) {
		this.figures = figures;
		this.updatedAt = Instant.now();
		this.updatedBy = actor;
	}

	Figures figures() {
		return this.figures;
	}

	DailyReportView toView() {
		Figures f = this.figures;
		return new DailyReportView(this.id, this.date, f.staffOnSite(), f.capacityPercent(), f.antigenTested(),
				f.pcrSampled(), f.abnormal(), f.problems(), this.createdAt, this.updatedAt, this.updatedBy,
				this.version);
	}

	Long getId() {
		return this.id;
	}

}
