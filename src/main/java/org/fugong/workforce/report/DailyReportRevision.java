package org.fugong.workforce.report;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.fugong.common.domain.AuditedEntity;
import org.fugong.workforce.report.DailyReport.Figures;

/** The figures a same-day correction of a daily report replaced. */
@Entity
@AttributeOverride(name = "createdBy", column = @Column(name = "reported_by"))
@AttributeOverride(name = "createdAt", column = @Column(name = "reported_at"))
@Table(name = "daily_report_revision")
class DailyReportRevision extends AuditedEntity {

	@Column(name = "report_id")
	private long reportId;

	@Embedded
	private Figures figures;

	@Column(name = "replaced_at")
	private Instant replacedAt;

	protected DailyReportRevision() {
	}

	DailyReportRevision(long reportId, Figures figures, Instant reportedAt, String reportedBy) {
		super(reportedBy, reportedAt);
		this.reportId = reportId;
		this.figures = figures;
		this.replacedAt = Instant.now();
	}

	Figures figures() {
		return this.figures;
	}

	Instant getReportedAt() {
		return getCreatedAt();
	}

	String getReportedBy() {
		return getCreatedBy();
	}

}
