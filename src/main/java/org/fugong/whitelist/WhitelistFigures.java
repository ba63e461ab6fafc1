package org.fugong.whitelist;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.security.Jurisdiction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whitelist's figures for a scope the caller has already checked: the
 * enterprises with an active entry in it, with the levels of their entries and
 * the facts the resumption rate is broken down by (from the view
 * {@code enterprise_directory} the enterprise module publishes).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WhitelistFigures {

	private final JdbcTemplate jdbc;

	/** An enterprise with an active entry in the scope, and the levels of its active entries there. */
	public record Listed(long enterpriseId, List<String> levels, String industry, String townCode,
			boolean aboveDesignatedSize, boolean foreignInvested) {
	}

	/** The enterprises with an active entry whose district and town lie in the scope. */
	@Transactional(readOnly = true)
	public List<Listed> listed(Jurisdiction scope) {
		List<Listed> listed = new ArrayList<>();
		this.jdbc.query("""
				SELECT l.enterprise_id, l.levels, e.industry, e.town_code, e.above_designated_size, e.foreign_invested
				FROM (SELECT w.enterprise_id, array_agg(DISTINCT w.level) AS levels FROM whitelist_entry w
				      WHERE w.status = 'ACTIVE'""" + scope.where("w") + """
				      GROUP BY w.enterprise_id) l
				JOIN enterprise_directory e ON e.id = l.enterprise_id
				""", (rs) -> {
			listed.add(new Listed(rs.getLong("enterprise_id"), strings(rs.getArray("levels")), rs.getString("industry"),
					rs.getString("town_code"), rs.getBoolean("above_designated_size"),
					rs.getBoolean("foreign_invested")));
		}, scope.after());
		return listed;
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : List.of((String[]) array.getArray());
	}

}
