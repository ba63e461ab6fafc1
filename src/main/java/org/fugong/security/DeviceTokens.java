package org.fugong.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Device tokens for the gate: a guard's phone (or a script acting for a guard)
 * sends {@code Authorization: Bearer fgd_…} instead of a password, so a scan
 * costs a SHA-256 and a map look-up rather than bcrypt. Only the hash is kept;
 * the token is shown once. A token lives one shift ({@code fugong.gate.device-lifetime},
 * 12 h) and is bound to the checkpoint its guard worked at when it was made. An
 * instance keeps what it learnt of a token for a minute, but every instance asks
 * the {@link DeviceStore} (the gate's devices) each second which devices were
 * revoked lately, so a revoked token stops everywhere within two seconds; a
 * disabled account stops within a minute.
 */
@Service
public class DeviceTokens {

	static final String PREFIX = "fgd_";

	private static final Duration REMEMBER = Duration.ofMinutes(1);

	/** Change rows are read again this far back, for transactions that committed late. */
	private static final Duration OVERLAP = Duration.ofSeconds(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DeviceStore devices;

	private final UserDetailsService users;

	private final AuditService audit;

	private final Clock clock;

	private final Duration lifetime;

	/** The guard each device token stands for (or none), by token, as this instance last learnt it. */
	private final Map<String, Known> guardOfToken = new ConcurrentHashMap<>();

	private volatile Instant lastPoll;

	DeviceTokens(DeviceStore devices, UserDetailsService users, AuditService audit, Clock clock,
			@Value("${fugong.gate.device-lifetime:12h}") Duration lifetime) {
		this.devices = devices;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.lifetime = lifetime;
		this.lastPoll = clock.instant();
	}

	/** A new token for the guard's device, without a checkpoint binding; answered once. */
	public String issue(CurrentUser guard, String label) {
		return enrol(guard, label, null).token();
	}

	/**
	 * Enrols the guard's device, bound to {@code checkpointId} (the guard's
	 * checkpoint now) for one shift of the default length: the token is answered
	 * once, only its hash is kept.
	 */
	public Enrolled enrol(CurrentUser guard, String name, Long checkpointId) {
		return enrol(guard, name, checkpointId, this.lifetime);
	}

	/** The same for a shift of {@code shift} (the district's). */
	@Transactional
	public Enrolled enrol(CurrentUser guard, String name, Long checkpointId, Duration shift) {
		if (!guard.is(Role.GUARD)) {
			throw new org.springframework.security.access.AccessDeniedException("guards only");
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String label = (name == null || name.isBlank()) ? "device" : name.strip();
		label = label.substring(0, Math.min(100, label.length()));
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(shift);
		long id = this.devices.add(guard.getUsername(), label, sha256(token), now, checkpointId, expiresAt);
		this.audit.recordAs(guard.getUsername(), "DEVICE_TOKEN_ISSUE", "gate_device", String.valueOf(id),
				AuditService.SUCCESS, label);
		return new Enrolled(id, token, expiresAt);
	}

	/** Revokes one device token (a lost phone); false when it was revoked already. */
	@Transactional
	public boolean revoke(CurrentUser actor, long deviceId) {
		boolean revoked = this.devices.revoke(deviceId, this.clock.instant());
		if (revoked) {
			forget(List.of(deviceId));
			this.audit.recordAs(actor.getUsername(), "DEVICE_TOKEN_REVOKE", "gate_device", String.valueOf(deviceId),
					AuditService.SUCCESS, null);
		}
		return revoked;
	}

	/** Revokes every device token of the guard (a lost phone, a reset, a disabled or re-bound account). */
	@Transactional
	public int revokeAll(CurrentUser actor, String username) {
		List<Long> revoked = this.devices.revokeAll(username, this.clock.instant());
		forget(revoked);
		this.guardOfToken.clear();
		this.audit.recordAs(actor.getUsername(), "DEVICE_TOKEN_REVOKE", "gate_device", username, AuditService.SUCCESS,
				revoked.size() + " tokens");
		return revoked.size();
	}

	/**
	 * The guard a token stands for; empty when it is unknown, expired, revoked or
	 * its account may no longer sign in.
	 */
	public Optional<CurrentUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Known cached = this.guardOfToken.get(token);
		if (cached != null && cached.until().isAfter(now)) {
			return Optional.ofNullable(cached.user());
		}
		Known fresh;
		try {
			fresh = lookUp(token, now);
		}
		catch (DataAccessException ex) {
			// The database is out of reach: a phone known a moment ago stays known (its scans are
			// answered 503 until they can be logged, and the page keeps them offline meanwhile).
			if (cached != null) {
				return Optional.ofNullable(cached.user());
			}
			throw ex;
		}
		if (this.guardOfToken.size() > 10_000) {
			this.guardOfToken.clear();
		}
		this.guardOfToken.put(token, fresh);
		return Optional.ofNullable(fresh.user());
	}

	/** Reads which devices were revoked lately (here or on another instance) and forgets them. */
	@Scheduled(fixedDelayString = "${fugong.gate.cache-poll:1s}", initialDelayString = "1s")
	void poll() {
		Instant now = this.clock.instant();
		Set<Long> revoked = this.devices.revokedSince(this.lastPoll.minus(OVERLAP));
		this.lastPoll = now;
		if (!revoked.isEmpty()) {
			this.guardOfToken.values().removeIf((known) -> known.deviceId() != null && revoked.contains(known.deviceId()));
		}
	}

	/** This instance forgets the devices at once; the others read their revocation within a poll. */
	private void forget(List<Long> deviceIds) {
		this.guardOfToken.values().removeIf((known) -> known.deviceId() != null && deviceIds.contains(known.deviceId()));
	}

	private Known lookUp(String token, Instant now) {
		Optional<DeviceStore.Device> used = this.devices.use(sha256(token), now);
		Instant remember = now.plus(REMEMBER);
		if (used.isEmpty()) {
			return new Known(null, null, remember);
		}
		DeviceStore.Device device = used.get();
		Instant until = device.expiresAt().isBefore(remember) ? device.expiresAt() : remember;
		try {
			CurrentUser user = (CurrentUser) this.users.loadUserByUsername(device.username());
			// The lock after wrong passwords stops password sign-in only: strangers must not darken a gate with it.
			boolean allowed = user.isEnabled() && user.is(Role.GUARD);
			return new Known(allowed ? user : null, device.id(), until);
		}
		catch (UsernameNotFoundException ex) {
			return new Known(null, device.id(), until);
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

	/** A device just enrolled: its token is answered this once. */
	public record Enrolled(long id, String token, Instant expiresAt) {
	}

	/** What this instance learnt of a token, until when; {@code user} null for one that does not authenticate. */
	private record Known(CurrentUser user, Long deviceId, Instant until) {
	}

}
