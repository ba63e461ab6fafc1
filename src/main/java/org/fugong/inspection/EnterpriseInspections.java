package org.fugong.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One enterprise's inspections, rectification notices and production stops,
 * newest first, for the enterprise file (一企一档). It acts on behalf of the
 * system: the caller has checked that the enterprise is visible to the user.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EnterpriseInspections {

	private final JdbcTemplate jdbc;

	@Transactional(readOnly = true)
	public InspectionRecord of(long enterpriseId) {
		List<InspectionLine> inspections = this.jdbc.query("""
				SELECT i.id, i.inspected_at, i.inspector, i.passed, n.id, n.number FROM inspection i
				LEFT JOIN rectification_notice n ON n.inspection_id = i.id
				WHERE i.enterprise_id = ? ORDER BY i.inspected_at DESC, i.id DESC LIMIT 50
				""", (rs, n) -> new InspectionLine(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
				rs.getBoolean(4), (Long) rs.getObject(5), rs.getString(6)), enterpriseId);
		List<NoticeLine> notices = this.jdbc.query("""
				SELECT id, number, state, issued_at, due_at, answered_at, closed_at FROM rectification_notice
				WHERE enterprise_id = ? ORDER BY issued_at DESC, id DESC LIMIT 50
				""", (rs, n) -> new NoticeLine(rs.getLong(1), rs.getString(2), NoticeState.valueOf(rs.getString(3)),
				rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), instant(rs.getTimestamp(6)),
				instant(rs.getTimestamp(7))), enterpriseId);
		List<StopLine> stops = this.jdbc.query("""
				SELECT id, state, reason, ordered_at, ordered_by, lifted_at, lift_reason, notice_id FROM production_stop
				WHERE enterprise_id = ? ORDER BY ordered_at DESC, id DESC LIMIT 50
				""", (rs, n) -> new StopLine(rs.getLong(1), StopState.valueOf(rs.getString(2)), rs.getString(3),
				rs.getTimestamp(4).toInstant(), rs.getString(5), instant(rs.getTimestamp(6)), rs.getString(7),
				rs.getLong(8)), enterpriseId);
		LocalDate last = inspections.isEmpty() ? null
				: LocalDate.ofInstant(inspections.get(0).at(), org.fugong.common.TimeFormat.ZONE);
		return new InspectionRecord(last, inspections, notices, stops);
	}

	private static Instant instant(java.sql.Timestamp at) {
		return (at != null) ? at.toInstant() : null;
	}

	/** The latest inspection's day, and the latest 50 inspections, notices and stops. */
	public record InspectionRecord(LocalDate lastInspectedOn, List<InspectionLine> inspections,
			List<NoticeLine> notices, List<StopLine> stops) {
	}

	/** An inspection: passed, or the notice it issued. */
	public record InspectionLine(long id, Instant at, String inspector, boolean passed, Long noticeId,
			String noticeNumber) {
	}

	/** A rectification notice (整改通知书). */
	public record NoticeLine(long id, String number, NoticeState state, Instant issuedAt, Instant dueAt,
			Instant answeredAt, Instant closedAt) {
	}

	/** A production stop (停产整顿) and its lifting. */
	public record StopLine(long id, StopState state, String reason, Instant orderedAt, String orderedBy,
			Instant liftedAt, String liftReason, long noticeId) {
	}

}
