package org.fugong.workforce.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fugong.workforce.report.DailyReport.Figures;

/** The figures a same-day correction of a daily report replaced. */
@Entity
@Table(name = "daily_report_revision")
class DailyReportRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id")
	private long reportId;

	@Embedded
	private Figures figures;

	@Column(name = "reported_at")
	private Instant reportedAt;

	@Column(name = "reported_by")
	private String reportedBy;

	@Column(name = "replaced_at")
	private Instant replacedAt;

	protected DailyReportRevision() {
	}

	DailyReportRevision(long reportId, Figures figures, Instant reportedAt, String reportedBy) {
		this.reportId = reportId;
		this.figures = figures;
		this.reportedAt = reportedAt;
		this.reportedBy = reportedBy;
		this.replacedAt = Instant.now();
	}

	Figures figures() {
		return this.figures;
	}

	Instant getReportedAt() {
		return this.reportedAt;
	}

	String getReportedBy() {
		return this.reportedBy;
	}

}
