package org.fugong.alert;

import java.time.DayOfWeek;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fugong.common.Masking;

/** One official on alert duty in a region (a town, or a district) on one weekday, with the duty phone. */
@Entity
@Table(name = "alert_duty_roster")
class DutyEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "region_code")
	private String regionCode;

	private short weekday;

	private String username;

	private String phone;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected DutyEntry() {
	}

	DutyEntry(String regionCode, DayOfWeek weekday, String username, String phone, String createdBy) {
		this.regionCode = regionCode;
		this.weekday = (short) weekday.getValue();
		this.username = username;
		this.phone = phone;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
	}

	String getUsername() {
		return this.username;
	}

	String getPhone() {
		return this.phone;
	}

	DutyView toView() {
		return new DutyView(this.id, DayOfWeek.of(this.weekday), this.username, Masking.phone(this.phone));
	}

	/** A roster line as the page shows it: the phone masked. */
	record DutyView(long id, DayOfWeek weekday, String username, String maskedPhone) {
	}

}
