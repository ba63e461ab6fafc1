package org.fugong.policy;

import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.fugong.common.SearchTokens;
import org.fugong.common.TimeFormat;
import org.fugong.region.RegionService;
import org.fugong.region.RegionView;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The catalogue search, in SQL: the GIN index on the token vector answers the
 * keyword, the other filters narrow it, newest first.
 */
@Component
@RequiredArgsConstructor
class PolicySearch {

	private final NamedParameterJdbcTemplate jdbc;

	private final RegionService regions;

	Page<PolicySummary> search(PolicyQuery query, Pageable pageable) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (!query.includeWithdrawn()) {
			where.append(" AND p.status = 'PUBLISHED'");
		}
		String tsquery = SearchTokens.toQuery(query.q());
		if (tsquery != null) {
			where.append(" AND p.search_vector @@ to_tsquery('simple', :tsquery)");
			params.addValue("tsquery", tsquery);
		}
		if (query.level() != null) {
			where.append(" AND p.level = :level");
			params.addValue("level", query.level().name());
		}
		if (query.category() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM policy_category c WHERE c.policy_id = p.id AND c.category = :category)");
			params.addValue("category", query.category().name());
		}
		if (query.region() != null) {
			where.append(" AND (p.region_code IS NULL OR p.region_code IN (:regions))");
			params.addValue("regions", ancestors(query.region()));
		}
		if (query.inEffect()) {
			where.append(" AND p.effective_from <= :today AND (p.expires_on IS NULL OR p.expires_on >= :today)");
			params.addValue("today", Date.valueOf(TimeFormat.today()));
		}
		Long total = this.jdbc.queryForObject("SELECT count(*) FROM policy p" + where, params, Long.class);
		params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<Row> rows = this.jdbc.query("""
				SELECT p.id, p.title, p.level, p.issuer, p.region_code, p.published_on, p.effective_from,
				       p.expires_on, p.status, p.summary
				FROM policy p""" + where + " ORDER BY p.published_on DESC, p.id DESC LIMIT :limit OFFSET :offset",
				params,
				(rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), PolicyLevel.valueOf(rs.getString("level")),
						rs.getString("issuer"), rs.getString("region_code"), rs.getDate("published_on").toLocalDate(),
						rs.getDate("effective_from").toLocalDate(),
						(rs.getDate("expires_on") != null) ? rs.getDate("expires_on").toLocalDate() : null,
						"WITHDRAWN".equals(rs.getString("status")), rs.getString("summary")));
		Map<Long, List<PolicyCategory>> categories = categoriesOf(rows.stream().map(Row::id).toList());
		List<PolicySummary> items = rows.stream()
			.map((r) -> new PolicySummary(r.id(), r.title(), r.level(), r.issuer(), r.regionCode(), r.publishedOn(),
					r.effectiveFrom(), r.expiresOn(), r.withdrawn(), r.summary(),
					categories.getOrDefault(r.id(), List.of())))
			.toList();
		return new PageImpl<>(items, pageable, (total != null) ? total : 0);
	}

	Map<Long, List<PolicyCategory>> categoriesOf(List<Long> ids) {
		Map<Long, List<PolicyCategory>> result = new HashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		this.jdbc.query("SELECT policy_id, category FROM policy_category WHERE policy_id IN (:ids) ORDER BY category",
				new MapSqlParameterSource("ids", ids), (rs) -> {
					result.computeIfAbsent(rs.getLong("policy_id"), (k) -> new ArrayList<>())
						.add(PolicyCategory.valueOf(rs.getString("category")));
				});
		result.replaceAll((id, list) -> {
			EnumSet<PolicyCategory> sorted = EnumSet.copyOf(list);
			return List.copyOf(sorted);
		});
		return result;
	}

	private List<String> ancestors(String code) {
		List<String> codes = new ArrayList<>();
		String current = code;
		while (current != null) {
			codes.add(current);
			current = this.regions.find(current).map(RegionView::parentCode).orElse(null);
		}
		return codes;
	}

	private record Row(long id, String title, PolicyLevel level, String issuer, String regionCode,
			java.time.LocalDate publishedOn, java.time.LocalDate effectiveFrom, java.time.LocalDate expiresOn,
			boolean withdrawn, String summary) {
	}

}
