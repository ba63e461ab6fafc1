package org.fugong.appeal;

import java.time.Instant;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One enterprise's appeals (诉求), newest first, for the enterprise file
 * (一企一档). It acts on behalf of the system: the caller has checked that the
 * enterprise is visible to the user.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EnterpriseAppeals {

	private final JdbcTemplate jdbc;

	/** The latest 50 appeals of the enterprise. */
	@Transactional(readOnly = true)
	public List<AppealRecord> of(long enterpriseId) {
		return this.jdbc.query("""
				SELECT id, type, subject, state, assignee, received_at, due_at, resolved_at, closed_at, satisfaction
				FROM appeal WHERE enterprise_id = ? ORDER BY received_at DESC, id DESC LIMIT 50
				""", (rs, n) -> new AppealRecord(rs.getLong(1), AppealType.valueOf(rs.getString(2)), rs.getString(3),
				AppealState.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant(),
				instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)),
				(Integer) rs.getObject(10)), enterpriseId);
	}

	private static Instant instant(java.sql.Timestamp at) {
		return (at != null) ? at.toInstant() : null;
	}

	/** An appeal as the enterprise file lists it; {@code satisfaction} is the enterprise's 1-5 rating. */
	public record AppealRecord(long id, AppealType type, String subject, AppealState state, String assignee,
			Instant receivedAt, Instant dueAt, Instant resolvedAt, Instant closedAt, Integer satisfaction) {

		public boolean open() {
			return this.state != AppealState.CLOSED;
		}

	}

}
