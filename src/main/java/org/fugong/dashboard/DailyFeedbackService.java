package org.fugong.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fugong.common.BusinessRuleException;
import org.fugong.common.FieldProblem;
import org.fugong.common.Masking;
import org.fugong.common.TimeFormat;
import org.fugong.inbox.InboxService;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;

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
public class DailyFeedbackService {

	static final String REMINDER_KEY = "dashboard.reminder.notice";

	static final String REMINDER_LINK = "/workforce/daily-reports";

	private final JdbcTemplate jdbc;

	private final InboxService inbox;

	private final AuditService audit;

	DailyFeedbackService(JdbcTemplate jdbc, InboxService inbox, AuditService audit) {
		this.jdbc = jdbc;
		this.inbox = inbox;
		this.audit = audit;
	}

	/** What one click did: reminders sent now, and enterprises already reminded today. */
	public record Reminded(int sent, int alreadyReminded) {
	}

	private static String missingFrom(StatsFilter scope, List<Object> args, LocalDate day) {
		StringBuilder sql = new StringBuilder("""
				FROM enterprise e
				JOIN region t ON t.code = e.town_code
				LEFT JOIN daily_reminder m ON m.enterprise_id = e.id AND m.day = ?
				WHERE e.id IN (SELECT w.enterprise_id FROM whitelist_entry w WHERE w.status = 'ACTIVE'""");
		args.add(Date.valueOf(day));
		scope(scope, "w", sql, args);
		sql.append(")");
		scope(scope, "e", sql, args);
		sql.append(" AND NOT EXISTS (SELECT 1 FROM daily_report d WHERE d.enterprise_id = e.id AND d.report_date = ?)");
		args.add(Date.valueOf(day));
		return sql.toString();
	}

	private static void scope(StatsFilter scope, String alias, StringBuilder sql, List<Object> args) {
		if (scope.districtCode() != null) {
			sql.append(" AND ").append(alias).append(".district_code = ?");
			args.add(scope.districtCode());
		}
		if (scope.townCode() != null) {
			sql.append(" AND ").append(alias).append(".town_code = ?");
			args.add(scope.townCode());
		}
	}

	@Transactional(readOnly = true)
	public Page<MissingReport> missing(StatsFilter scope, LocalDate day, Pageable pageable) {
		List<Object> args = new ArrayList<>();
		String from = missingFrom(scope, args, day);
		Long total = this.jdbc.queryForObject("SELECT count(*) " + from, Long.class, args.toArray());
		args.add(pageable.getPageSize());
		args.add(pageable.getOffset());
		List<MissingReport> rows = this.jdbc.query("""
				SELECT e.id, e.name, e.credit_code, e.town_code, t.name AS town, e.contact_name, e.contact_phone,
				  m.reminded_at
				""" + from + " ORDER BY t.sort_order, e.name, e.id LIMIT ? OFFSET ?", (rs, n) -> {
			Timestamp reminded = rs.getTimestamp("reminded_at");
			return new MissingReport(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
					rs.getString("town_code"), rs.getString("town"), rs.getString("contact_name"),
					Masking.phone(rs.getString("contact_phone")), (reminded != null) ? reminded.toInstant() : null);
		}, args.toArray());
		return new PageImpl<>(rows, pageable, (total != null) ? total : 0);
	}

	/** Reminds every enterprise in scope still missing today's report, once a day each. */
	@Transactional
	public Reminded remindAll(CurrentUser official, StatsFilter scope) {
		LocalDate today = TimeFormat.today();
		if (!scope.to().equals(today)) {
			throw new BusinessRuleException("dashboard.reminder.todayOnly",
					List.of(new FieldProblem("date", "dashboard.reminder.todayOnly")));
		}
		List<Object> args = new ArrayList<>();
		String from = missingFrom(scope, args, today);
		List<Long> missing = this.jdbc.queryForList("SELECT e.id " + from, Long.class, args.toArray());
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
	@Transactional(readOnly = true)
	public Page<DayReport> reports(StatsFilter scope, LocalDate day, Pageable pageable) {
		List<Object> args = new ArrayList<>();
		String from = DailyReportExport.from(scope, day, day, args);
		Long total = this.jdbc.queryForObject("SELECT count(*) " + from, Long.class, args.toArray());
		args.add(pageable.getPageSize());
		args.add(pageable.getOffset());
		List<DayReport> rows = this.jdbc.query("SELECT " + DailyReportExport.SELECT + " " + from + " ORDER BY "
				+ DailyReportExport.ORDER + " LIMIT ? OFFSET ?", (rs, n) -> new DayReport(rs.getLong("enterprise_id"),
						rs.getString("enterprise"), rs.getString("town"), rs.getObject("report_date", LocalDate.class),
						rs.getInt("staff_on_site"), rs.getInt("capacity_percent"), rs.getInt("antigen_tested"),
						rs.getInt("pcr_sampled"), rs.getInt("abnormal"), rs.getString("problems"),
						rs.getTimestamp("updated_at").toInstant()), args.toArray());
		return new PageImpl<>(rows, pageable, (total != null) ? total : 0);
	}

}
