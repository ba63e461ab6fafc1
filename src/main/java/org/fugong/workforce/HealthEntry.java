package org.fugong.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fugong.common.FieldProblem;

/**
 * One day's health declaration of one employee (健康申报) as entered, and the rule
 * that makes it abnormal: a fever (37.3 °C or more), any symptom, or any
 * quarantine status but NONE. The same checks serve the roster page, the API,
 * the holder's phone and the CSV import.
 */
public record HealthEntry(LocalDate date, BigDecimal temperature, List<String> symptoms,
		QuarantineStatus quarantineStatus) {

	/** From this temperature on (°C, inclusive) a declaration is a fever. */
	public static final BigDecimal FEVER = new BigDecimal("37.3");

	static final BigDecimal LOWEST = new BigDecimal("34.0");

	static final BigDecimal HIGHEST = new BigDecimal("43.0");

	/** How far back a declaration may be entered or corrected, in days before today. */
	public static final int DAYS_BACK = 7;

	static final int MAX_SYMPTOMS = 10;

	static final int MAX_SYMPTOM_LENGTH = 50;

	public HealthEntry {
		symptoms = (symptoms == null) ? List.of()
				: symptoms.stream().filter((s) -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
	}

	/** Symptoms typed as one text, separated by commas, 、 or semicolons. */
	public static List<String> symptomsOf(String text) {
		return (text == null) ? List.of() : Arrays.asList(text.split("[,，、;；\\n]"));
	}

	public boolean abnormal() {
		return fever() || !this.symptoms.isEmpty()
				|| (this.quarantineStatus != null && this.quarantineStatus != QuarantineStatus.NONE);
	}

	public boolean fever() {
		return this.temperature != null && this.temperature.compareTo(FEVER) >= 0;
	}

	/** What is wrong with the entry on {@code today} (Asia/Shanghai), by field; empty when it may be stored. */
	public List<FieldProblem> problems(LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.date == null) {
			problems.add(new FieldProblem("date", "validation.required"));
		}
		else if (this.date.isAfter(today)) {
			problems.add(new FieldProblem("date", "workforce.health.date.future"));
		}
		else if (this.date.isBefore(today.minusDays(DAYS_BACK))) {
			problems.add(new FieldProblem("date", "workforce.health.date.tooOld", DAYS_BACK));
		}
		if (this.temperature == null) {
			problems.add(new FieldProblem("temperature", "validation.required"));
		}
		else if (this.temperature.compareTo(LOWEST) < 0 || this.temperature.compareTo(HIGHEST) > 0
				|| this.temperature.stripTrailingZeros().scale() > 1) {
			problems.add(new FieldProblem("temperature", "workforce.health.temperature.range"));
		}
		if (this.symptoms.size() > MAX_SYMPTOMS
				|| this.symptoms.stream().anyMatch((s) -> s.length() > MAX_SYMPTOM_LENGTH)) {
			problems.add(new FieldProblem("symptoms", "workforce.health.symptoms.tooLong", MAX_SYMPTOMS,
					MAX_SYMPTOM_LENGTH));
		}
		if (this.quarantineStatus == null) {
			problems.add(new FieldProblem("quarantineStatus", "validation.required"));
		}
		return problems;
	}

}
