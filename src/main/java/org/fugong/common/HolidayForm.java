package org.fugong.common;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A day an administrator lists: a public holiday, or a weekend day worked instead (调休上班).
 */
class HolidayForm {

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotBlank(message = "{validation.required}")
	@Size(max = 50, message = "{validation.size.max50}")
	private String name;

	@NotNull(message = "{validation.required}")
	private WorkingCalendar.Kind kind = WorkingCalendar.Kind.HOLIDAY;

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public WorkingCalendar.Kind getKind() {
		return this.kind;
	}

	public void setKind(WorkingCalendar.Kind kind) {
		this.kind = kind;
	}

}
