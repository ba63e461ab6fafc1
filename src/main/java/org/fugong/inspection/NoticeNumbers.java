package org.fugong.inspection;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.fugong.region.RegionService;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readable notice numbers such as {@code 奉贤开发区整改〔2026〕第0053号}: one counter
 * row per issuing town and year, raised by an upsert in the issuing transaction.
 * The row lock makes concurrent inspections wait for each other's commit, so
 * numbers neither repeat nor skip (a rolled-back notice gives its number back).
 */
@Component
@RequiredArgsConstructor
class NoticeNumbers {

	/** Short names that documents use where the official one is too long. */
	private static final Map<String, String> SHORT_NAMES = Map.of("310120505", "奉贤开发区");

	private final JdbcTemplate jdbc;

	private final RegionService regions;

	@Transactional(propagation = Propagation.MANDATORY)
	String next(String townCode, LocalDate day) {
		int year = day.getYear();
		Integer value = this.jdbc.queryForObject("""
				INSERT INTO notice_counter (issuer_code, year, last_value) VALUES (?, ?, 1)
				ON CONFLICT (issuer_code, year) DO UPDATE SET last_value = notice_counter.last_value + 1
				RETURNING last_value
				""", Integer.class, townCode, year);
		return format(issuer(townCode), year, (value != null) ? value : 1);
	}

	String issuer(String townCode) {
		String name = SHORT_NAMES.get(townCode);
		return (name != null) ? name : this.regions.nameOf(townCode, Locale.SIMPLIFIED_CHINESE);
	}

	static String format(String issuer, int year, int sequence) {
		return "%s整改〔%d〕第%04d号".formatted(issuer, year, sequence);
	}

}
