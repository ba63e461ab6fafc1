package org.fugong.vehicle;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each district's vehicle settings, kept by its district officials; a district without one has the defaults. */
@Service
@RequiredArgsConstructor
class VehicleSettings {

	static final int DEFAULT_HOURS = 4;

	static final int MAX_HOURS = 72;

	private final VehicleSettingRepository settings;

	private final AuditService audit;

	private final Clock clock;

	/** The hours after which a vehicle that has not left is reported, in a district. */
	@Transactional(readOnly = true)
	int notLeftHours(String districtCode) {
		return this.settings.findById(districtCode).map(VehicleSetting::getNotLeftHours).orElse(DEFAULT_HOURS);
	}

	/** Every district's hours that differ from the default, read once per check. */
	@Transactional(readOnly = true)
	Map<String, Integer> allHours() {
		Map<String, Integer> hours = new HashMap<>();
		this.settings.findAll().forEach((s) -> hours.put(s.getDistrictCode(), s.getNotLeftHours()));
		return hours;
	}

	/** The district official sets the hours of their district (1 to 72). */
	@Transactional
	void setNotLeftHours(CurrentUser official, Integer hours) {
		if (!official.is(Role.DISTRICT_OFFICIAL)) {
			throw new AccessDeniedException(official.getUsername() + " does not keep vehicle settings");
		}
		if (hours == null || hours < 1 || hours > MAX_HOURS) {
			throw new InvalidInputException("problem.400.invalid",
					List.of(new FieldProblem("notLeftHours", "vehicle.setting.hours.range", 1, MAX_HOURS)));
		}
		VehicleSetting setting = this.settings.findById(official.regionCode())
			.orElseGet(() -> new VehicleSetting(official.regionCode()));
		setting.change(hours, official.getUsername(), this.clock.instant());
		this.settings.saveAndFlush(setting);
		this.audit.record("VEHICLE_SETTING_CHANGED", "VEHICLE_SETTING", official.regionCode(), AuditService.SUCCESS,
				"notLeftHours=" + hours);
	}

}
