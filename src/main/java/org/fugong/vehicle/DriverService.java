package org.fugong.vehicle;

import java.time.Clock;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldCipher;
import org.fugong.common.FieldProblem;
import org.fugong.common.IdNumbers;
import org.fugong.common.InvalidInputException;
import org.fugong.common.Masking;
import org.fugong.common.NotFoundException;
import org.fugong.security.AuditService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Role;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A district's driver whitelist (司机白名单), kept by its district officials. A
 * driver is known by the keyed hash of the ID number, once per district; adding
 * or removing one flags or unflags the district's pending trips of that driver.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DriverService {

	static final String AUDIT_TARGET = "VEHICLE_DRIVER";

	private final VehicleDriverRepository drivers;

	private final VehicleTripRepository trips;

	private final FieldCipher cipher;

	private final AuditService audit;

	private final Clock clock;

	/** The drivers of the official's district; {@code q} finds a part of the name. */
	@Transactional(readOnly = true)
	public Page<DriverView> search(CurrentUser official, String q, Pageable pageable) {
		String pattern = (q != null && !q.isBlank()) ? "%" + q.strip().replace("%", "").replace("_", "") + "%" : null;
		return this.drivers.search(district(official), pattern, pageable).map(VehicleDriver::toView);
	}

	/** Puts a driver on the official's district list; 409 when the driver is on it already. */
	@Transactional
	public DriverView add(CurrentUser official, String name, String idNumber, String phone, String note) {
		return addAs(district(official), official.getUsername(), name, idNumber, phone, note);
	}

	@Transactional
	public void remove(CurrentUser official, long id) {
		String district = district(official);
		VehicleDriver driver = this.drivers.findByIdAndDistrictCode(id, district)
			.orElseThrow(() -> new NotFoundException("driver"));
		this.drivers.delete(driver);
		this.drivers.flush();
		int unflagged = this.trips.flagDriver(district, driver.getIdHash(), false);
		this.audit.record("VEHICLE_DRIVER_REMOVED", AUDIT_TARGET, id, AuditService.SUCCESS,
				Masking.name(driver.getName()) + ", " + unflagged + " pending trips unflagged");
	}

	/** Adds a driver to a district's list unless there already (demo data). */
	@Transactional
	DriverView addAs(String district, String actor, String name, String idNumber, String phone, String note) {
		String normalized = IdNumbers.normalize(idNumber);
		if (name == null || name.isBlank() || normalized == null || !IdNumbers.isValid(normalized)) {
			throw new InvalidInputException("problem.400.invalid",
					List.of((name == null || name.isBlank()) ? new FieldProblem("name", "validation.required")
							: new FieldProblem("idNumber", "vehicle.validation.idNumber.invalid")));
		}
		String hash = this.cipher.hash(normalized);
		if (this.drivers.existsByDistrictCodeAndIdHash(district, hash)) {
			throw duplicate();
		}
		VehicleDriver driver;
		try {
			driver = this.drivers.saveAndFlush(new VehicleDriver(district, name.strip(),
					new VehicleTrip.SealedId(this.cipher.encrypt(normalized), hash, Masking.idNumber(normalized)),
					blankToNull(phone), blankToNull(note), actor, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// Added by someone else at the same moment: the unique constraint decided.
			throw duplicate();
		}
		int flagged = this.trips.flagDriver(district, hash, true);
		this.audit.recordAs(actor, "VEHICLE_DRIVER_ADDED", AUDIT_TARGET, driver.getId(), AuditService.SUCCESS,
				Masking.name(driver.getName()) + ", " + flagged + " pending trips flagged");
		return driver.toView();
	}

	boolean isListed(String district, String idNumber) {
		return this.drivers.existsByDistrictCodeAndIdHash(district, this.cipher.hash(IdNumbers.normalize(idNumber)));
	}

	private static String district(CurrentUser official) {
		if (!official.is(Role.DISTRICT_OFFICIAL)) {
			throw new AccessDeniedException(official.getUsername() + " keeps no driver whitelist");
		}
		return official.regionCode();
	}

	private static ConflictException duplicate() {
		return new ConflictException("vehicle.driver.duplicate",
				List.of(new FieldProblem("idNumber", "vehicle.driver.duplicate")));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
