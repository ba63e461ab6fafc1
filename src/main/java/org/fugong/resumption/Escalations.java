package org.fugong.resumption;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.TimeFormat;
import org.fugong.common.WorkingCalendar;
import org.fugong.inbox.InboxService;
import org.fugong.region.RegionService;
import org.fugong.security.AccountService;
import org.fugong.security.AuditService;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 督办: a step still untaken one working day after it fell due goes to the level
 * above (a town's step to its district, a district's step to the city), into that
 * level's queue and its officials' inboxes. Once per step: the step is the timeline
 * entry that began the wait, and the table holds one escalation per entry, so a
 * retry or a second instance adds nothing. The escalation is cleared when the step
 * is taken.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Escalations {

	/** Working days past the due time after which a step goes up. */
	static final int GRACE_DAYS = 1;

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(TimeFormat.ZONE);

	private static final List<String> WAITING = List.of("SUBMITTED", "ACCEPTED", "MATERIALS_APPROVED",
			"SITE_VERIFIED");

	private final NamedParameterJdbcTemplate jdbc;

	private final WorkingCalendar calendar;

	private final AccountService accounts;

	private final RegionService regions;

	private final InboxService inbox;

	private final AuditService audit;

	private final TransactionTemplate transactions;

	/** One waiting step that may have to go up. */
	private record Candidate(long requestId, long stepId, ApplicationState state, Instant dueAt, String districtCode,
			String townCode, String enterpriseName) {
	}

	/** Escalates every step overdue by more than the grace; answers how many went up. */
	int escalateOverdue(Instant now) {
		List<Candidate> candidates = this.jdbc.query("""
				SELECT r.id, r.state, r.due_at, r.district_code, r.town_code, r.enterprise_name,
				       (SELECT max(s.id) FROM resumption_step s WHERE s.request_id = r.id) AS step_id
				FROM resumption_request r
				WHERE r.state IN (:waiting) AND r.due_at < :now
				  AND NOT EXISTS (SELECT 1 FROM resumption_escalation e
				                  WHERE e.request_id = r.id AND e.cleared_at IS NULL)
				ORDER BY r.due_at, r.id""",
				new MapSqlParameterSource("waiting", WAITING).addValue("now", Timestamp.from(now)),
				(rs, n) -> new Candidate(rs.getLong("id"), rs.getLong("step_id"),
						ApplicationState.valueOf(rs.getString("state")), rs.getTimestamp("due_at").toInstant(),
						rs.getString("district_code"), rs.getString("town_code"), rs.getString("enterprise_name")));
		int raised = 0;
		for (Candidate candidate : candidates) {
			if (candidate.stepId() == 0 || this.calendar.after(candidate.dueAt(), GRACE_DAYS).isAfter(now)) {
				continue;
			}
			Boolean done = this.transactions.execute((tx) -> escalate(candidate, now));
			if (Boolean.TRUE.equals(done)) {
				raised++;
			}
		}
		return raised;
	}

	private boolean escalate(Candidate candidate, Instant now) {
		// The row lock orders this against an official's decision: whichever commits
		// first, the other sees it (a decided step is not raised; a raised one is cleared).
		List<String> current = this.jdbc.query("""
				SELECT r.state || ':' || coalesce((SELECT max(s.id) FROM resumption_step s WHERE s.request_id = r.id), 0)
				FROM resumption_request r WHERE r.id = :id FOR UPDATE""",
				new MapSqlParameterSource("id", candidate.requestId()), (rs, n) -> rs.getString(1));
		if (current.isEmpty() || !current.get(0).equals(candidate.state() + ":" + candidate.stepId())) {
			return false;
		}
		Role overdue = candidate.state().waitsFor();
		Role above = (overdue == Role.TOWN_OFFICER) ? Role.DISTRICT_OFFICIAL : Role.CITY_OFFICIAL;
		int inserted = this.jdbc.update("""
				INSERT INTO resumption_escalation (request_id, step_id, state, overdue_role, escalated_to,
				                                   district_code, town_code, due_at, escalated_at)
				VALUES (:request, :step, :state, :overdue, :above, :district, :town, :due, :now)
				ON CONFLICT (step_id) DO NOTHING""",
				new MapSqlParameterSource("request", candidate.requestId()).addValue("step", candidate.stepId())
					.addValue("state", candidate.state().name())
					.addValue("overdue", overdue.name())
					.addValue("above", above.name())
					.addValue("district", candidate.districtCode())
					.addValue("town", candidate.townCode())
					.addValue("due", Timestamp.from(candidate.dueAt()))
					.addValue("now", Timestamp.from(now)));
		if (inserted == 0) {
			return false;
		}
		List<String> regionsAbove = (above == Role.DISTRICT_OFFICIAL) ? List.of(candidate.districtCode())
				: this.regions.find(candidate.districtCode()).map((d) -> d.parentCode()).stream().toList();
		List<String> args = List.of(Long.toString(candidate.requestId()), candidate.enterpriseName(),
				DUE.format(candidate.dueAt()));
		this.accounts.staffIn(above, regionsAbove)
			.forEach((official) -> this.inbox.notifyUser(official.username(), "inbox.application.escalated", args,
					"/applications/" + candidate.requestId()));
		this.audit.recordAs("system", "APPLICATION_ESCALATED", "APPLICATION", candidate.requestId(),
				AuditService.SUCCESS, candidate.state() + " due " + candidate.dueAt() + " -> " + above);
		return true;
	}

	/** Clears the open escalation of an application whose step was just taken (inside that change). */
	void clear(long requestId, Instant now) {
		this.jdbc.update(
				"UPDATE resumption_escalation SET cleared_at = :now WHERE request_id = :id AND cleared_at IS NULL",
				new MapSqlParameterSource("id", requestId).addValue("now", Timestamp.from(now)));
	}

	/** The open escalation of an application, if its current step went up. */
	Optional<OpenEscalation> open(long requestId) {
		return this.jdbc.query("""
				SELECT escalated_to, escalated_at, due_at FROM resumption_escalation
				WHERE request_id = :id AND cleared_at IS NULL""", new MapSqlParameterSource("id", requestId),
				(rs, n) -> new OpenEscalation(Role.valueOf(rs.getString("escalated_to")),
						rs.getTimestamp("escalated_at").toInstant(), rs.getTimestamp("due_at").toInstant()))
			.stream()
			.findFirst();
	}

	record OpenEscalation(Role escalatedTo, Instant escalatedAt, Instant dueAt) {
	}

	/**
	 * The escalation figures of a region (a district, a town, or everywhere), those
	 * raised and cleared counted between two days in Beijing time.
	 */
	@Transactional(readOnly = true)
	public EscalationFigures figures(Jurisdiction scope, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = new MapSqlParameterSource()
			.addValue("district", scope.districtCode())
			.addValue("town", scope.townCode())
			.addValue("from", (from != null) ? Timestamp.from(from.atStartOfDay(TimeFormat.ZONE).toInstant()) : null)
			.addValue("to", (to != null) ? Timestamp.from(to.plusDays(1).atStartOfDay(TimeFormat.ZONE).toInstant()) : null);
		return this.jdbc.queryForObject("""
				SELECT count(*) FILTER (WHERE cleared_at IS NULL) AS open,
				       count(*) FILTER (WHERE cleared_at IS NULL AND escalated_to = 'DISTRICT_OFFICIAL') AS to_district,
				       count(*) FILTER (WHERE cleared_at IS NULL AND escalated_to = 'CITY_OFFICIAL') AS to_city,
				       count(*) FILTER (WHERE (CAST(:from AS timestamptz) IS NULL OR escalated_at >= :from)
				                          AND (CAST(:to AS timestamptz) IS NULL OR escalated_at < :to)) AS raised,
				       count(*) FILTER (WHERE cleared_at IS NOT NULL
				                          AND (CAST(:from AS timestamptz) IS NULL OR cleared_at >= :from)
				                          AND (CAST(:to AS timestamptz) IS NULL OR cleared_at < :to)) AS cleared
				FROM resumption_escalation
				WHERE (CAST(:district AS varchar) IS NULL OR district_code = :district)
				  AND (CAST(:town AS varchar) IS NULL OR town_code = :town)""", params,
				(rs, n) -> new EscalationFigures(from, to, rs.getLong("open"), rs.getLong("to_district"),
						rs.getLong("to_city"), rs.getLong("raised"), rs.getLong("cleared")));
	}

}
