package org.fugong.workforce.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.TimeFormat;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.workforce.DailyReportFiled;
import org.fugong.workforce.report.DailyReport.Figures;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily report (生产实时监测): one per enterprise and day, filed and corrected
 * on that day (Asia/Shanghai) only. A day in the past is closed (422), one in
 * the future does not exist yet (400).
 */
@Service
@RequiredArgsConstructor
class DailyReportService {

	static final String TARGET = "DAILY_REPORT";

	private final DailyReportRepository reports;

	private final DailyReportRevisionRepository revisions;

	private final DayFigures figures;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	/** What a submission did: the report as it now stands, and whether it is new today. */
	record Submitted(DailyReportView report, boolean created) {
	}

	@Transactional
	Submitted submit(CurrentUser user, LocalDate date, Figures figures) {
		long enterpriseId = user.requireEnterpriseId();
		LocalDate today = TimeFormat.today();
		if (date == null) {
			throw new InvalidInputException("problem.400.invalid", List.of(new FieldProblem("date", "validation.required")));
		}
		if (date.isAfter(today)) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("date", "workforce.report.date.future")));
		}
		if (date.isBefore(today)) {
			throw new BusinessRuleException("workforce.report.date.past",
					List.of(new FieldProblem("date", "workforce.report.date.past")));
		}
		Figures clean = new Figures(figures.staffOnSite(), figures.capacityPercent(), figures.antigenTested(),
				figures.pcrSampled(), figures.abnormal(),
				(figures.problems() == null || figures.problems().isBlank()) ? null : figures.problems().strip());
		Optional<DailyReport> existing = this.reports.findByEnterpriseIdAndDate(enterpriseId, date);
		if (existing.isPresent()) {
			DailyReport report = existing.get();
			this.revisions.save(report.correct(clean, user.getUsername()));
			this.reports.flush();
			this.audit.record("DAILY_REPORT_CORRECTED", TARGET, report.getId(), AuditService.SUCCESS, date.toString());
			this.events.publishEvent(new DailyReportFiled(enterpriseId, date, clean.abnormal()));
			return new Submitted(report.toView(), false);
		}
		try {
			DailyReport report = this.reports.saveAndFlush(new DailyReport(enterpriseId, date, clean, user.getUsername()));
			this.audit.record("DAILY_REPORT_FILED", TARGET, report.getId(), AuditService.SUCCESS, date.toString());
			this.events.publishEvent(new DailyReportFiled(enterpriseId, date, clean.abnormal()));
			return new Submitted(report.toView(), true);
		}
		catch (DataIntegrityViolationException ex) {
			// Filed by a colleague at the same moment: theirs stands, this one may correct it.
			throw new ConflictException("workforce.report.concurrent");
		}
	}

	@Transactional(readOnly = true)
	Optional<DailyReportView> today(CurrentUser user) {
		return this.reports.findByEnterpriseIdAndDate(user.requireEnterpriseId(), TimeFormat.today())
			.map(DailyReport::toView);
	}

	/** The figures to start today's form from when there is no report yet: the roster's and today's tests'. */
	@Transactional(readOnly = true)
	Figures suggestion(CurrentUser user) {
		return this.figures.of(user.requireEnterpriseId(), TimeFormat.today());
	}

	@Transactional(readOnly = true)
	Page<DailyReportView> history(CurrentUser user, Pageable pageable) {
		return this.reports.findByEnterpriseId(user.requireEnterpriseId(), pageable).map(DailyReport::toView);
	}

	/** The values today's report had before each of its corrections, oldest first. */
	@Transactional(readOnly = true)
	List<Figures> corrections(CurrentUser user) {
		return this.reports.findByEnterpriseIdAndDate(user.requireEnterpriseId(), TimeFormat.today())
			.map((report) -> this.reports.revisionsOf(report.getId()).stream().map(DailyReportRevision::figures).toList())
			.orElse(List.of());
	}

}
