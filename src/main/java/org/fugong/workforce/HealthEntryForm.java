package org.fugong.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The day's declaration as a page enters it (the roster page, and the holder's
 * phone, which declares for today and leaves the date out): symptoms as one
 * text, separated by commas, 、 or semicolons. Public because the holder's page
 * lives with the passes.
 */
public class HealthEntryForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	private BigDecimal temperature;

	private String symptoms;

	private QuarantineStatus quarantineStatus = QuarantineStatus.NONE;

	/** The entry for the form's date. */
	public HealthEntry entry() {
		return entry(this.date);
	}

	/** The entry for a given day, whatever the form's date. */
	public HealthEntry entry(LocalDate day) {
		return new HealthEntry(day, this.temperature, HealthEntry.symptomsOf(this.symptoms), this.quarantineStatus);
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
