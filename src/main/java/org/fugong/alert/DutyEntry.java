package org.fugong.alert;

import java.time.DayOfWeek;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.fugong.common.Masking;
import org.fugong.common.domain.AuditedEntity;

/** One official on alert duty in a region (a town, or a district) on one weekday, with the duty phone. */
@Entity
@Table(name = "alert_duty_roster")
class DutyEntry extends AuditedEntity {

	@Column(name = "region_code")
	private String regionCode;

	private short weekday;

	private String username;

	private String phone;

	protected DutyEntry() {
	}

	DutyEntry(String regionCode, DayOfWeek weekday, String username, String phone, String createdBy) {
		super(createdBy, Instant.now());
		this.regionCode = regionCode;
		this.weekday = (short) weekday.getValue();
		this.username = username;
		this.phone = phone;
	}

	String getUsername() {
		return this.username;
	}

	String getPhone() {
		return this.phone;
	}

	DutyView toView() {
		return new DutyView(getId(), DayOfWeek.of(this.weekday), this.username, Masking.phone(this.phone));
	}

	/** A roster line as the page shows it: the phone masked. */
	record DutyView(long id, DayOfWeek weekday, String username, String maskedPhone) {
	}

}
