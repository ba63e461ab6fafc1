package org.fugong.vehicle;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A district's vehicle setting: after how many hours a vehicle that arrived and has not left is reported. */
@Entity
@Table(name = "vehicle_setting")
class VehicleSetting {

	@Id
	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "not_left_hours")
	private int notLeftHours;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	@Version
	private long version;

	protected VehicleSetting() {
	}

	VehicleSetting(String districtCode) {
		this.districtCode = districtCode;
		this.notLeftHours = VehicleSettings.DEFAULT_HOURS;
	}

	void change(int hours, String by, Instant at) {
		this.notLeftHours = hours;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	int getNotLeftHours() {
		return this.notLeftHours;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

}
