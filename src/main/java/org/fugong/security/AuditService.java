package org.fugong.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log: who did what to which record, when, and how it ended.
 * It only inserts; the database refuses updates and deletes (a trigger).
 * Entries join the caller's transaction, so a change that rolls back leaves none.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditService {

	public static final String SUCCESS = "SUCCESS";

	public static final String FAILURE = "FAILURE";

	private static final RowMapper<AuditEntry> ENTRY = (rs, row) -> new AuditEntry(rs.getLong("id"),
			rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
			rs.getString("target_type"), rs.getString("target_id"), rs.getString("outcome"), rs.getString("detail"),
			rs.getString("remote_addr"));

	private final JdbcTemplate jdbc;

	/** Records an action of the signed-in user (or "anonymous"). */
	public void record(String action, String targetType, Object targetId, String outcome, String detail) {
		recordAs(currentActor(), action, targetType, targetId, outcome, detail);
	}

	public void recordAs(String actor, String action, String targetType, Object targetId, String outcome,
			String detail) {
		this.jdbc.update(
				"INSERT INTO audit_log (at, actor, action, target_type, target_id, outcome, detail, remote_addr)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				Timestamp.from(Instant.now()), truncate(actor, 60), action, targetType,
				(targetId != null) ? truncate(targetId.toString(), 60) : null, outcome, truncate(detail, 1000),
				remoteAddress());
	}

	/** The newest entries first, optionally of one actor or one action. */
	public Page<AuditEntry> search(String actor, String action, Pageable pageable) {
		String where = " WHERE (?::text IS NULL OR lower(actor) = lower(?::text)) AND (?::text IS NULL OR action = ?::text)";
		Long total = this.jdbc.queryForObject("SELECT count(*) FROM audit_log" + where, Long.class, actor, actor,
				action, action);
		List<AuditEntry> entries = this.jdbc.query(
				"SELECT * FROM audit_log" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?", ENTRY, actor, actor,
				action, action, pageable.getPageSize(), pageable.getOffset());
		return new PageImpl<>(entries, pageable, (total != null) ? total : 0);
	}

	/** The entries about one record, oldest first. */
	public List<AuditEntry> forTarget(String targetType, Object targetId) {
		return this.jdbc.query("SELECT * FROM audit_log WHERE target_type = ? AND target_id = ? ORDER BY at, id",
				ENTRY, targetType, targetId.toString());
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : "anonymous";
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return truncate(request.getRemoteAddr(), 64);
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	public record AuditEntry(long id, Instant at, String actor, String action, String targetType, String targetId,
			String outcome, String detail, String remoteAddr) {
	}

}
