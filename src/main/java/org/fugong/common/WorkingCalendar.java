package org.fugong.common;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working days in Asia/Shanghai: Monday to Friday, less the public holidays, plus
 * the weekend days that the State Council's schedule makes work days (调休上班).
 * The days come from the {@code public_holiday} table an administrator keeps.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkingCalendar {

	/** What a listed day is: a day off, or a weekend day worked instead of one. */
	public enum Kind {

		HOLIDAY, WORKDAY

	}

	/** A listed day. */
	public record Holiday(LocalDate date, String name, Kind kind) {
	}

	private final JdbcTemplate jdbc;

	/** The moment {@code days} working days after {@code start}, at the same time of day. */
	public Instant after(Instant start, int days) {
		ZonedDateTime time = start.atZone(TimeFormat.ZONE);
		Map<LocalDate, Kind> listed = listed(time.toLocalDate(), time.toLocalDate().plusDays(days * 3L + 30));
		int added = 0;
		while (added < days) {
			time = time.plusDays(1);
			if (isWorkingDay(time.toLocalDate(), listed)) {
				added++;
			}
		}
		return time.toInstant();
	}

	public boolean isWorkingDay(LocalDate date) {
		return isWorkingDay(date, listed(date, date));
	}

	/** The listed days of a year, in date order. */
	public List<Holiday> ofYear(int year) {
		return this.jdbc.query("SELECT day, name, kind FROM public_holiday WHERE day BETWEEN ? AND ? ORDER BY day",
				(rs, n) -> new Holiday(rs.getObject("day", LocalDate.class), rs.getString("name"),
						Kind.valueOf(rs.getString("kind"))),
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** Lists a day; a day listed already is refused (409). */
	@Transactional
	public void add(Holiday holiday) {
		try {
			this.jdbc.update("INSERT INTO public_holiday (day, name, kind) VALUES (?, ?, ?)", holiday.date(),
					holiday.name(), holiday.kind().name());
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("holiday.duplicate", List.of(new FieldProblem("date", "holiday.duplicate")));
		}
	}

	@Transactional
	public void remove(LocalDate date) {
		if (this.jdbc.update("DELETE FROM public_holiday WHERE day = ?", date) == 0) {
			throw new NotFoundException("holiday");
		}
	}

	private Map<LocalDate, Kind> listed(LocalDate from, LocalDate to) {
		Map<LocalDate, Kind> days = new HashMap<>();
		this.jdbc.query("SELECT day, kind FROM public_holiday WHERE day BETWEEN ? AND ?",
				(rs) -> {
					days.put(rs.getObject("day", LocalDate.class), Kind.valueOf(rs.getString("kind")));
				}, from, to);
		return days;
	}

	private static boolean isWorkingDay(LocalDate date, Map<LocalDate, Kind> listed) {
		Kind kind = listed.get(date);
		if (kind != null) {
			return kind == Kind.WORKDAY;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
