package org.fugong.selfcheck;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the active check template (reference data kept by migrations).
 */
@Component
@RequiredArgsConstructor
class CheckTemplates {

	private final JdbcTemplate jdbc;

	CheckTemplate active() {
		Integer version = this.jdbc.queryForObject("SELECT version FROM selfcheck_template WHERE active", Integer.class);
		List<CheckItem> items = this.jdbc.query("""
				SELECT i.* FROM selfcheck_item i JOIN selfcheck_template t ON t.id = i.template_id
				WHERE t.active ORDER BY i.position
				""", (rs, n) -> new CheckItem(rs.getString("code"), rs.getInt("position"),
				CheckCategory.valueOf(rs.getString("category")), rs.getString("text_zh"), rs.getString("text_en"),
				rs.getBoolean("mandatory"), AppliesWhen.valueOf(rs.getString("applies_when")),
				Evidence.valueOf(rs.getString("evidence")), rs.getString("guidance_code")));
		return new CheckTemplate(version, items);
	}

	/** The items of the active template that a guidance document explains. */
	List<CheckItem> explainedBy(String guidanceCode) {
		return active().items().stream().filter((i) -> guidanceCode.equals(i.guidanceCode())).toList();
	}

}
