package org.fugong.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Device tokens for the gate: a guard's phone (or a script acting for a guard)
 * sends {@code Authorization: Bearer fgd_…} instead of a password, so a scan
 * costs a SHA-256 and a map look-up rather than bcrypt. Only the hash is kept;
 * the token is shown once. An instance keeps what it learnt of a token for a
 * minute, so a revoked token (or a disabled account) stops within a minute
 * everywhere.
 */
@Service
public class DeviceTokens {

	static final String PREFIX = "fgd_";

	private static final Duration REMEMBER = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final UserDetailsService users;

	private final AuditService audit;

	private final Clock clock;

	private final Map<String, Known> known = new ConcurrentHashMap<>();

	DeviceTokens(JdbcTemplate jdbc, UserDetailsService users, AuditService audit, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new token for the guard's device; answered once, only its hash is kept. */
	@Transactional
	public String issue(CurrentUser guard, String label) {
		if (!guard.is(Role.GUARD)) {
			throw new org.springframework.security.access.AccessDeniedException("guards only");
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String name = (label == null || label.isBlank()) ? "device" : label.strip();
		this.jdbc.update("INSERT INTO gate_device (username, label, token_hash, created_at) VALUES (?, ?, ?, ?)",
				guard.getUsername(), name.substring(0, Math.min(100, name.length())), sha256(token),
				Timestamp.from(this.clock.instant()));
		this.audit.recordAs(guard.getUsername(), "DEVICE_TOKEN_ISSUE", "gate_device", guard.getUsername(),
				AuditService.SUCCESS, name);
		return token;
	}

	/** Revokes every device token of the guard (a lost phone). */
	@Transactional
	public int revokeAll(CurrentUser actor, String username) {
		int revoked = this.jdbc.update(
				"UPDATE gate_device SET revoked_at = ? WHERE lower(username) = lower(?) AND revoked_at IS NULL",
				Timestamp.from(this.clock.instant()), username);
		this.known.clear();
		this.audit.recordAs(actor.getUsername(), "DEVICE_TOKEN_REVOKE", "gate_device", username, AuditService.SUCCESS,
				revoked + " tokens");
		return revoked;
	}

	/** The guard a token stands for; empty when it is unknown, revoked or its account is disabled. */
	public Optional<CurrentUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Known cached = this.known.get(token);
		if (cached != null && cached.until().isAfter(now)) {
			return Optional.ofNullable(cached.user());
		}
		CurrentUser user = lookUp(token);
		if (this.known.size() > 10_000) {
			this.known.clear();
		}
		this.known.put(token, new Known(user, now.plus(REMEMBER)));
		return Optional.ofNullable(user);
	}

	private CurrentUser lookUp(String token) {
		List<String> owners = this.jdbc.queryForList(
				"SELECT username FROM gate_device WHERE token_hash = ? AND revoked_at IS NULL", String.class,
				sha256(token));
		if (owners.isEmpty()) {
			return null;
		}
		try {
			CurrentUser user = (CurrentUser) this.users.loadUserByUsername(owners.get(0));
			// The lock after wrong passwords stops password sign-in only: strangers must not darken a gate with it.
			return (user.isEnabled() && user.is(Role.GUARD)) ? user : null;
		}
		catch (UsernameNotFoundException ex) {
			return null;
		}
	}

	private static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Known(CurrentUser user, Instant until) {
	}

}
