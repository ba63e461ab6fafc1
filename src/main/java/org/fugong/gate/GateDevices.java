package org.fugong.gate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.NotFoundException;
import org.fugong.security.CurrentUser;
import org.fugong.security.DeviceTokens;
import org.fugong.security.Jurisdiction;
import org.fugong.security.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guards' phones enrolled as devices: a guard enrols a phone for the checkpoint
 * it works at now (one shift, as long as the checkpoint's district sets), sees and revokes its own; an official of the
 * checkpoint's region (town, district, city) sees and revokes the devices of the
 * region's checkpoints, a lost phone in two taps. Tokens themselves are
 * {@link DeviceTokens}'.
 */
@Service
@RequiredArgsConstructor
class GateDevices {

	private static final int MAX_LISTED = 500;

	private static final String SELECT = """
			SELECT d.id, d.label, d.username, d.checkpoint_id, c.name AS checkpoint, d.created_at, d.last_used_at,
			       d.expires_at, d.revoked_at
			FROM gate_device d LEFT JOIN checkpoint c ON c.id = d.checkpoint_id
			""";

	private final DeviceTokens tokens;

	private final CheckpointService checkpoints;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ObjectProvider<SessionRepository<?>> sessions;

	private final GateShifts shifts;

	/**
	 * Enrols the guard's phone for the guard's checkpoint, from the guard's
	 * sign-in session {@code sessionId} (revoking the phone ends it); a guard
	 * without a checkpoint is told so (422).
	 */
	@Transactional
	public DeviceTokens.Enrolled enrol(CurrentUser guard, String name, String sessionId) {
		CheckpointView checkpoint = this.checkpoints.checkpointOf(guard.getUsername())
			.orElseThrow(() -> new BusinessRuleException("gate.noCheckpoint"));
		DeviceTokens.Enrolled enrolled = this.tokens.enrol(guard, name, checkpoint.id(),
				this.shifts.of(checkpoint.districtCode()));
		this.jdbc.update("UPDATE gate_device SET session_id = ? WHERE id = ?", sessionId, enrolled.id());
		return enrolled;
	}

	/** The guard's own devices, or the devices of the official's region's checkpoints; newest first. */
	@Transactional(readOnly = true)
	public List<DeviceView> list(CurrentUser user) {
		Instant now = this.clock.instant();
		if (user.is(Role.GUARD)) {
			return this.jdbc.query(SELECT + " WHERE lower(d.username) = lower(?) ORDER BY d.created_at DESC LIMIT ?",
					(rs, row) -> DeviceView.of(rs, now), user.getUsername(), MAX_LISTED);
		}
		Jurisdiction region = requireOfficial(user).jurisdiction();
		return this.jdbc.query(SELECT + """
				 WHERE (CAST(? AS varchar) IS NULL OR c.district_code = ?)
				   AND (CAST(? AS varchar) IS NULL OR c.region_code = ?)
				 ORDER BY (d.revoked_at IS NULL AND d.expires_at > ?) DESC, d.created_at DESC LIMIT ?
				""", (rs, row) -> DeviceView.of(rs, now), region.districtCode(), region.districtCode(),
				region.townCode(), region.townCode(), Timestamp.from(now), MAX_LISTED);
	}

	/**
	 * Revokes a device the caller may see (404 otherwise), and ends the sign-in
	 * session it enrolled from unless that is the caller's own ({@code callerSession}):
	 * a lost phone can then neither scan nor enrol again. Revoking one already
	 * revoked changes nothing.
	 */
	@Transactional
	public void revoke(CurrentUser user, long id, String callerSession) {
		DeviceView device = this.jdbc.query(SELECT + " WHERE d.id = ?",
				(rs, row) -> DeviceView.of(rs, this.clock.instant()), id)
			.stream()
			.findFirst()
			.filter((found) -> isSeenBy(found, user))
			.orElseThrow(() -> new NotFoundException("device"));
		if (this.tokens.revoke(user, device.id())) {
			this.jdbc.queryForList("SELECT session_id FROM gate_device WHERE id = ? AND session_id IS NOT NULL",
					String.class, id)
				.stream()
				.filter((session) -> !session.equals(callerSession))
				.forEach((session) -> {
					SessionRepository<?> repository = this.sessions.getIfAvailable();
					if (repository != null) {
						repository.deleteById(session);
					}
				});
		}
	}

	/** A guard sees their own devices; an official those of checkpoints in the region. */
	private boolean isSeenBy(DeviceView device, CurrentUser user) {
		if (user.is(Role.GUARD)) {
			return device.guard().equalsIgnoreCase(user.getUsername());
		}
		Jurisdiction region = requireOfficial(user).jurisdiction();
		return device.checkpointId() != null && this.checkpoints.byId(device.checkpointId())
			.filter((checkpoint) -> region.covers(checkpoint.districtCode(), checkpoint.regionCode()))
			.isPresent();
	}

	private static CurrentUser requireOfficial(CurrentUser user) {
		if (!user.isOfficial()) {
			throw new org.springframework.security.access.AccessDeniedException("guards and officials only");
		}
		return user;
	}

}
