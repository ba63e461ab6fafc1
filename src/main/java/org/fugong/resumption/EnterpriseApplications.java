package org.fugong.resumption;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One enterprise's applications and the steps taken on them, for the enterprise
 * file (一企一档). It acts on behalf of the system: the caller has checked that
 * the enterprise is visible to the user.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EnterpriseApplications {

	private final JdbcTemplate jdbc;

	/** The enterprise's applications, newest first (at most 50), each with its steps oldest first. */
	@Transactional(readOnly = true)
	public List<ApplicationRecord> of(long enterpriseId) {
		List<ApplicationStepRecord> steps = this.jdbc.query("""
				SELECT s.request_id, s.at, s.actor, s.action, s.to_state, s.opinion FROM resumption_step s
				JOIN resumption_request r ON r.id = s.request_id
				WHERE r.enterprise_id = ? ORDER BY s.at, s.id LIMIT 500
				""", (rs, n) -> new ApplicationStepRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(),
				rs.getString(3), rs.getString(4), ApplicationState.valueOf(rs.getString(5)), rs.getString(6)),
				enterpriseId);
		return this.jdbc.query("""
				SELECT id, state, planned_resume_date, returning_staff, created_at, submitted_at, decided_at, due_at
				FROM resumption_request WHERE enterprise_id = ? ORDER BY created_at DESC, id DESC LIMIT 50
				""", (rs, n) -> {
			long id = rs.getLong(1);
			return new ApplicationRecord(id, ApplicationState.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class), rs.getInt(4), instant(rs.getTimestamp(5)),
					instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
					steps.stream().filter((s) -> s.applicationId() == id).toList());
		}, enterpriseId);
	}

	private static Instant instant(java.sql.Timestamp at) {
		return (at != null) ? at.toInstant() : null;
	}

	/** An application as the enterprise file lists it; {@code dueAt} is set while it waits for an official. */
	public record ApplicationRecord(long id, ApplicationState state, LocalDate plannedResumeDate, int returningStaff,
			Instant createdAt, Instant submittedAt, Instant decidedAt, Instant dueAt,
			List<ApplicationStepRecord> steps) {
	}

	/** One step of an application: who did what, and the state it led to. */
	public record ApplicationStepRecord(long applicationId, Instant at, String actor, String action,
			ApplicationState to, String opinion) {
	}

}
