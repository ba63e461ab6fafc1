package org.fugong.gate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long a guard's enrolled phone lives: one shift, which each district sets
 * (1 to 24 hours; the application's default where it has not). A change applies
 * to phones enrolled from then on; a phone's token keeps the lifetime it was
 * given, and the page renews it while the guard's session lives.
 */
@Service
class GateShifts {

	static final int MIN_HOURS = 1;

	static final int MAX_HOURS = 24;

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	private final Clock clock;

	private final Duration fallback;

	GateShifts(JdbcTemplate jdbc, AuditService audit, Clock clock,
			@Value("${fugong.gate.device-lifetime:12h}") Duration fallback) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.fallback = fallback;
	}

	/** The shift of the district ({@code null}: the default). */
	@Transactional(readOnly = true)
	public Duration of(String districtCode) {
		if (districtCode == null) {
			return this.fallback;
		}
		List<Integer> hours = this.jdbc.queryForList("SELECT hours FROM gate_shift WHERE district_code = ?",
				Integer.class, districtCode);
		return hours.isEmpty() ? this.fallback : Duration.ofHours(hours.get(0));
	}

	/** Sets the district official's district's shift; hours checked by the form (1-24). */
	@Transactional
	public void set(CurrentUser official, int hours) {
		if (!official.is(Role.DISTRICT_OFFICIAL) || official.jurisdiction().districtCode() == null) {
			throw new AccessDeniedException("district officials only");
		}
		if (hours < MIN_HOURS || hours > MAX_HOURS) {
			throw new IllegalArgumentException("hours out of range: " + hours);
		}
		String district = official.jurisdiction().districtCode();
		this.jdbc.update("""
				INSERT INTO gate_shift (district_code, hours, updated_at, updated_by) VALUES (?, ?, ?, ?)
				ON CONFLICT (district_code) DO UPDATE
				  SET hours = EXCLUDED.hours, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
				""", district, hours, Timestamp.from(this.clock.instant()), official.getUsername());
		this.audit.recordAs(official.getUsername(), "GATE_SHIFT_SET", "gate_shift", district, AuditService.SUCCESS,
				hours + " h");
	}

}
