package org.fugong.whitelist;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.DemoData;
import org.fugong.common.TimeFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo dashboard's enterprises of 松江区 listed three weeks ago, on the
 * city's, the district's and the towns' lists, each entry with its history row.
 */
@Component
@DemoData
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoDistrictWhitelist {

	private static final String[] LEVELS = { "CITY", "DISTRICT", "DISTRICT", "TOWN", "TOWN" };

	private final JdbcTemplate jdbc;

	/** Lists the enterprises (ids of the enterprise module's directory), a level each in turn. */
	public void list(List<Long> ids, LocalDate today) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			String level = LEVELS[i % LEVELS.length];
			String batch = switch (level) {
				case "CITY" -> "松江区企业第二批（市级）";
				case "DISTRICT" -> "松江区第二批";
				default -> "松江镇级名单第一批";
			};
			Timestamp since = Timestamp.from(today.minusDays(21 - i % 5).atTime(LocalTime.of(9, 0))
				.atZone(TimeFormat.ZONE).toInstant());
			rows.add(new Object[] { ids.get(i), level, batch, since, since, ids.get(i) });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO whitelist_entry (enterprise_id, enterprise_name, credit_code, district_code, town_code, level,
				  batch, status, source, since, updated_at, created_by)
				SELECT ?, e.name, e.credit_code, e.district_code, e.town_code, ?, ?, 'ACTIVE', 'MANUAL', ?, ?, 'songjiang'
				FROM enterprise_directory e WHERE e.id = ?
				""", rows);
		this.jdbc.update("""
				INSERT INTO whitelist_change (entry_id, at, actor, action, from_status, to_status)
				SELECT w.id, w.since, w.created_by, 'ADDED', NULL, 'ACTIVE' FROM whitelist_entry w
				WHERE w.enterprise_id = ANY (?)
				""", (Object) ids.toArray(Long[]::new));
	}

}
