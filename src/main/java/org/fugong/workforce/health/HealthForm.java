package org.fugong.workforce.health;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.fugong.workforce.HealthEntry;
import org.fugong.workforce.QuarantineStatus;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The day's declaration as the roster page and the holder's phone enter it:
 * symptoms as one text, separated by commas (，、, or ;).
 */
class HealthForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	private BigDecimal temperature;

	private String symptoms;

	private QuarantineStatus quarantineStatus = QuarantineStatus.NONE;

	HealthEntry entry() {
		return new HealthEntry(this.date, this.temperature, HealthEntry.symptomsOf(this.symptoms),
				this.quarantineStatus);
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public BigDecimal getTemperature() {
		return this.temperature;
	}

	public void setTemperature(BigDecimal temperature) {
		this.temperature = temperature;
	}

	public String getSymptoms() {
		return this.symptoms;
	}

	public void setSymptoms(String symptoms) {
		this.symptoms = symptoms;
	}

	public QuarantineStatus getQuarantineStatus() {
		return this.quarantineStatus;
	}

	public void setQuarantineStatus(QuarantineStatus quarantineStatus) {
		this.quarantineStatus = quarantineStatus;
	}

}
