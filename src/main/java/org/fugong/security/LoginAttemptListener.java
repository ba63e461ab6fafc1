package org.fugong.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account, from the login form and HTTP Basic alike,
 * and locks the account after too many in a row. The count and the lock live in
 * the account row and change in one statement, so instances and parallel
 * attempts cannot race past the limit.
 */
@Component
@RequiredArgsConstructor
class LoginAttemptListener {

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	private final LockoutProperties properties;

	@EventListener
	void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		Instant now = Instant.now();
		List<Timestamp> lockedUntil = this.jdbc.queryForList("""
				UPDATE app_user SET
				  failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 ELSE failed_attempts + 1 END,
				  locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END
				WHERE lower(username) = lower(?)
				RETURNING locked_until
				""", Timestamp.class, this.properties.maxFailedLogins(), this.properties.maxFailedLogins(),
				Timestamp.from(now.plus(this.properties.lockDuration())), username);
		this.audit.recordAs(username, "LOGIN", "USER", username, AuditService.FAILURE, "bad credentials");
		if (!lockedUntil.isEmpty() && lockedUntil.get(0) != null && lockedUntil.get(0).toInstant().isAfter(now)) {
			this.audit.recordAs(username, "ACCOUNT_LOCKED", "USER", username, AuditService.SUCCESS,
					"locked until " + lockedUntil.get(0).toInstant());
		}
	}

	@EventListener
	void onLocked(AuthenticationFailureLockedEvent event) {
		String username = event.getAuthentication().getName();
		this.audit.recordAs(username, "LOGIN", "USER", username, AuditService.FAILURE, "account locked");
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		// Runs on every HTTP Basic call too: a no-op write unless there were failures.
		this.jdbc.update("UPDATE app_user SET failed_attempts = 0 WHERE lower(username) = lower(?) AND failed_attempts > 0",
				event.getAuthentication().getName());
	}

	@EventListener
	void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		this.audit.recordAs(username, "LOGIN", "USER", username, AuditService.SUCCESS, null);
	}

}
