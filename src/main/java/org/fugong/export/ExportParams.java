package org.fugong.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;

/**
 * The filters of an export request: the list's own query parameters, one value
 * each, blanks dropped. A value that does not parse is a 400 naming the field,
 * never an export of everything.
 */
public final class ExportParams {

	/** Parameters of the page or the API that are not filters. */
	private static final List<String> NOT_FILTERS = List.of("page", "size", "lang", "sort", "_csrf");

	private final Map<String, String> values;

	private ExportParams(Map<String, String> values) {
		this.values = values;
	}

	public static ExportParams of(Map<String, String> raw) {
		Map<String, String> values = new LinkedHashMap<>();
		raw.forEach((name, value) -> {
			if (value != null && !value.isBlank() && !NOT_FILTERS.contains(name)) {
				values.put(name, value.strip());
			}
		});
		return new ExportParams(values);
	}

	public String text(String name) {
		String value = this.values.get(name);
		if (value != null && value.length() > 100) {
			throw invalid(name);
		}
		return value;
	}

	public LocalDate date(String name) {
		String value = this.values.get(name);
		try {
			return (value != null) ? LocalDate.parse(value) : null;
		}
		catch (DateTimeParseException ex) {
			throw invalid(name);
		}
	}

	public boolean flag(String name) {
		String value = this.values.get(name);
		if (value == null || value.equals("false")) {
			return false;
		}
		if (value.equals("true") || value.equals("on")) {
			return true;
		}
		throw invalid(name);
	}

	public Long number(String name) {
		String value = this.values.get(name);
		try {
			return (value != null) ? Long.valueOf(value) : null;
		}
		catch (NumberFormatException ex) {
			throw invalid(name);
		}
	}

	public <E extends Enum<E>> E choice(String name, Class<E> type) {
		String value = this.values.get(name);
		try {
			return (value != null) ? Enum.valueOf(type, value) : null;
		}
		catch (IllegalArgumentException ex) {
			throw invalid(name);
		}
	}

	/** A value that must be one of {@code allowed}. */
	public String oneOf(String name, List<String> allowed) {
		String value = this.values.get(name);
		if (value != null && !allowed.contains(value)) {
			throw invalid(name);
		}
		return value;
	}

	public static InvalidInputException invalid(String name) {
		return new InvalidInputException("problem.400.invalid", List.of(new FieldProblem(name, "export.filter.invalid")));
	}

	/** The filters as the audit log keeps them. */
	String describe() {
		return this.values.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("&"));
	}

	Map<String, String> values() {
		return Map.copyOf(this.values);
	}

}
