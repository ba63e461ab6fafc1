package org.fugong.vehicle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.fugong.vehicle.VehicleTrip.SealedId;

/**
 * The driver a trip names: name and phone as typed, the ID number encrypted
 * with its keyed hash (to match the driver whitelist) and masked form, whether
 * the driver was on the whitelist when the trip was registered (kept current
 * while it is pending), and the enterprise's employee it turned out to be when
 * the pass was issued.
 */
@Embeddable
class TripDriver {

	@Column(name = "driver_name")
	private String name;

	@Column(name = "driver_phone")
	private String phone;

	@Column(name = "driver_id_encrypted")
	private String idEncrypted;

	@Column(name = "driver_id_hash")
	private String idHash;

	@Column(name = "driver_id_masked")
	private String idMasked;

	@Column(name = "driver_whitelisted")
	private boolean whitelisted;

	@Column(name = "driver_employee_id")
	private Long employeeId;

	protected TripDriver() {
	}

	TripDriver(String name, String phone, SealedId id, boolean whitelisted) {
		this.name = name;
		this.phone = phone;
		this.idEncrypted = id.encrypted();
		this.idHash = id.hash();
		this.idMasked = id.masked();
		this.whitelisted = whitelisted;
	}

	void onRoster(Long employeeId) {
		this.employeeId = employeeId;
	}

	String getName() {
		return this.name;
	}

	String getPhone() {
		return this.phone;
	}

	String getIdHash() {
		return this.idHash;
	}

	String getIdMasked() {
		return this.idMasked;
	}

	boolean isWhitelisted() {
		return this.whitelisted;
	}

	Long getEmployeeId() {
		return this.employeeId;
	}

}
