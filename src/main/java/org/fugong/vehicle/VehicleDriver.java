package org.fugong.vehicle;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.fugong.common.Masking;
import org.fugong.common.domain.AuditedEntity;

/** A driver on a district's whitelist, known by the keyed hash of the ID number. */
@Entity
@Table(name = "vehicle_driver")
class VehicleDriver extends AuditedEntity {

	@Column(name = "district_code")
	private String districtCode;

	private String name;

	@Column(name = "id_encrypted")
	private String idEncrypted;

	@Column(name = "id_hash")
	private String idHash;

	@Column(name = "id_masked")
	private String idMasked;

	private String phone;

	private String note;

	protected VehicleDriver() {
	}

	VehicleDriver(String districtCode, String name, VehicleTrip.SealedId id, String phone, String note, String actor,
			Instant now) {
		super(actor, now);
		this.districtCode = districtCode;
		this.name = name;
		this.idEncrypted = id.encrypted();
		this.idHash = id.hash();
		this.idMasked = id.masked();
		this.phone = phone;
		this.note = note;
	}

	DriverView toView() {
		return new DriverView(getId(), this.districtCode, this.name, this.idMasked, Masking.phone(this.phone),
				this.note, getCreatedAt(), getCreatedBy());
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	String getIdHash() {
		return this.idHash;
	}

	String getName() {
		return this.name;
	}

}
