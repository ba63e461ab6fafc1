package org.fugong.liaison;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A visit as the liaison reports it: {@code {date, metWith?, note, problemsFound,
 * problemsSolved, followUpOn?}}; problems solved may exceed those found that day
 * (earlier visits' problems get solved too).
 */
class VisitForm {

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@Size(max = 100, message = "{validation.size.max100}")
	private String metWith;

	@NotBlank(message = "{validation.required}")
	@Size(max = 2000, message = "{validation.size.max2000}")
	private String note;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{liaison.visit.problems.range}")
	@Max(value = 999, message = "{liaison.visit.problems.range}")
	private Integer problemsFound;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{liaison.visit.problems.range}")
	@Max(value = 999, message = "{liaison.visit.problems.range}")
	private Integer problemsSolved;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate followUpOn;

	VisitInput toInput() {
		String met = (this.metWith == null || this.metWith.isBlank()) ? null : this.metWith.strip();
		return new VisitInput(this.date, met, this.note.strip(), this.problemsFound, this.problemsSolved,
				this.followUpOn);
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getMetWith() {
		return this.metWith;
	}

	public void setMetWith(String metWith) {
		this.metWith = metWith;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Integer getProblemsFound() {
		return this.problemsFound;
	}

	public void setProblemsFound(Integer problemsFound) {
		this.problemsFound = problemsFound;
	}

	public Integer getProblemsSolved() {
		return this.problemsSolved;
	}

	public void setProblemsSolved(Integer problemsSolved) {
		this.problemsSolved = problemsSolved;
	}

	public LocalDate getFollowUpOn() {
		return this.followUpOn;
	}

	public void setFollowUpOn(LocalDate followUpOn) {
		this.followUpOn = followUpOn;
	}

}
