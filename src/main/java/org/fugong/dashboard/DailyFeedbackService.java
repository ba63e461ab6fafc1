package org.fugong.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.FieldProblem;
import org.fugong.common.Masking;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseContacts;
import org.fugong.inbox.InboxService;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.whitelist.WhitelistFigures;
import org.fugong.workforce.DailyReportList;
import org.fugong.workforce.DayReport;
import org.fugong.workforce.WorkforceFigures;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily feedback on the officials' side (反馈汇总): who of the whitelisted
 * enterprises (those allowed to work, so expected to report) has not filed the
 * day's report, the reports filed, and the one-click reminder to all who are
 * missing today, sent to each enterprise's inbox at most once a day whoever
 * clicks ({@code daily_reminder}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DailyFeedbackService {

	static final String REMINDER_KEY = "dashboard.reminder.notice";

	static final String REMINDER_LINK = "/workforce/daily-reports";

	private final JdbcTemplate jdbc;

	private final InboxService inbox;

	private final AuditService audit;

	private final WhitelistFigures whitelist;

	private final WorkforceFigures workforce;

	private final EnterpriseContacts contacts;

	private final DailyReportList reports;

	/** What one click did: reminders sent now, and enterprises already reminded today. */
	public record Reminded(int sent, int alreadyReminded) {
	}

	/** The enterprises in scope with an active whitelist entry and no report for the day. */
	private List<Long> missingIds(StatsFilter scope, LocalDate day) {
		List<Long> listed = this.whitelist.listed(scope.scope()).stream().map(WhitelistFigures.Listed::enterpriseId)
			.toList();
		Set<Long> reported = this.workforce.reported(day, listed);
		List<Long> missing = listed.stream().filter((id) -> !reported.contains(id)).toList();
		return this.contacts.within(scope.scope(), missing);
	}

	@Transactional(readOnly = true)
	public Page<MissingReport> missing(StatsFilter scope, LocalDate day, Pageable pageable) {
		List<Long> missing = missingIds(scope, day);
		List<EnterpriseContacts.Contact> page = this.contacts.page(scope.scope(), missing, pageable.getOffset(),
				pageable.getPageSize());
		Map<Long, Instant> reminded = new HashMap<>();
		this.jdbc.query("SELECT enterprise_id, reminded_at FROM daily_reminder WHERE day = ? AND enterprise_id = ANY (?)",
				(rs) -> {
					reminded.put(rs.getLong("enterprise_id"), rs.getTimestamp("reminded_at").toInstant());
				}, Date.valueOf(day), page.stream().map(EnterpriseContacts.Contact::id).toArray(Long[]::new));
		List<MissingReport> rows = page.stream()
			.map((c) -> new MissingReport(c.id(), c.name(), c.creditCode(), c.townCode(), c.town(), c.contactName(),
					Masking.phone(c.contactPhone()), reminded.get(c.id())))
			.toList();
		return new PageImpl<>(rows, pageable, missing.size());
	}

	/** Reminds every enterprise in scope still missing today's report, once a day each. */
	@Transactional
	public Reminded remindAll(CurrentUser official, StatsFilter scope) {
		LocalDate today = TimeFormat.today();
		if (!scope.to().equals(today)) {
			throw new BusinessRuleException("dashboard.reminder.todayOnly",
					List.of(new FieldProblem("date", "dashboard.reminder.todayOnly")));
		}
		List<Long> missing = missingIds(scope, today);
		int sent = 0;
		Timestamp now = Timestamp.from(Instant.now());
		for (Long enterpriseId : missing) {
			int inserted = this.jdbc.update("""
					INSERT INTO daily_reminder (enterprise_id, day, reminded_at, reminded_by) VALUES (?, ?, ?, ?)
					ON CONFLICT (enterprise_id, day) DO NOTHING
					""", enterpriseId, Date.valueOf(today), now, official.getUsername());
			if (inserted == 1) {
				this.inbox.notifyEnterprise(enterpriseId, REMINDER_KEY, List.of(today.toString()), REMINDER_LINK);
				sent++;
			}
		}
		this.audit.record("DAILY_REPORT_REMINDERS", "DAILY_REPORT", today.toString(), AuditService.SUCCESS,
				sent + " sent, " + (missing.size() - sent) + " already reminded"
						+ ((scope.region() != null) ? ", region " + scope.region() : ""));
		return new Reminded(sent, missing.size() - sent);
	}

	/** The reports filed on a day in scope, by town and enterprise. */
	public Page<DayReport> reports(StatsFilter scope, LocalDate day, Pageable pageable) {
		return this.reports.page(scope.scope(), day, pageable);
	}

}
