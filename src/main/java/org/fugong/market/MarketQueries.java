package org.fugong.market;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.fugong.common.SearchTokens;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.security.Jurisdiction;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The market's reads in SQL: the post search (GIN index on the tokens for the
 * keyword, key supply-chain firms first, then newest), the candidates for
 * matching, the demands nobody answered, and the figures. Names of enterprises
 * come from the enterprise module, for the page of rows only.
 */
@Component
@RequiredArgsConstructor
class MarketQueries {

	static final String COLUMNS = """
			p.id, p.enterprise_id, p.district_code, p.town_code, p.industry, p.kind, p.category, p.title, p.quantity,
			p.unit, p.region_code, p.needed_by, p.available_from, p.valid_until, p.state, p.created_at,
			p.window_start, p.window_end, k.chain""";

	private final NamedParameterJdbcTemplate jdbc;

	private final EnterpriseService enterprises;

	/** The posts under the filter, within the scope when one is given (officials), key firms first, newest next. */
	Page<PostSummary> search(PostFilter filter, Jurisdiction scope, String cityOfRegion, Pageable pageable) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, scope, cityOfRegion, params);
		return page(where, params, "p.created_at DESC, p.id DESC", pageable);
	}

	/** One page of the posts {@code where} picks, key firms first, then in {@code order}. */
	private Page<PostSummary> page(String where, MapSqlParameterSource params, String order, Pageable pageable) {
		Long total = this.jdbc.queryForObject("SELECT count(*) FROM market_post p" + where, params, Long.class);
		params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<Row> rows = this.jdbc.query("SELECT " + COLUMNS
				+ " FROM market_post p LEFT JOIN market_key_firm k ON k.enterprise_id = p.enterprise_id" + where
				+ " ORDER BY (k.enterprise_id IS NOT NULL) DESC, " + order + " LIMIT :limit OFFSET :offset", params,
				MarketQueries::row);
		return new PageImpl<>(summaries(rows), pageable, (total != null) ? total : 0);
	}

	/** The WHERE clause of the list and its export; {@code p} is {@code market_post}. */
	static String where(PostFilter filter, Jurisdiction scope, String cityOfRegion, MapSqlParameterSource params) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (scope != null && scope.districtCode() != null) {
			where.append(" AND p.district_code = :scopeDistrict");
			params.addValue("scopeDistrict", scope.districtCode());
		}
		if (scope != null && scope.townCode() != null) {
			where.append(" AND p.town_code = :scopeTown");
			params.addValue("scopeTown", scope.townCode());
		}
		String tsquery = SearchTokens.toQuery(filter.q());
		if (tsquery != null) {
			where.append(" AND p.search_vector @@ to_tsquery('simple', :tsquery)");
			params.addValue("tsquery", tsquery);
		}
		if (filter.kind() != null) {
			where.append(" AND p.kind = :kind");
			params.addValue("kind", filter.kind().name());
		}
		if (filter.category() != null) {
			where.append(" AND p.category = :category");
			params.addValue("category", filter.category().name());
		}
		if (filter.region() != null) {
			// a post covers the region when it is for that district or for the whole city around it
			where.append(" AND (p.region_code = :region OR p.city_code = :region OR p.region_code = :regionCity)");
			params.addValue("region", filter.region()).addValue("regionCity", (cityOfRegion != null) ? cityOfRegion : "");
		}
		if (filter.town() != null) {
			where.append(" AND p.town_code = :town");
			params.addValue("town", filter.town());
		}
		if (filter.state() != null) {
			where.append(" AND p.state = :state");
			params.addValue("state", filter.state().name());
		}
		else if (filter.openOnly()) {
			where.append(" AND p.state = 'OPEN'");
		}
		return where.toString();
	}

	/**
	 * The open posts of the other kind in the same category that cover an
	 * overlapping region and dates, not the poster's own: the candidates a match
	 * is scored among.
	 */
	List<Row> candidates(MarketPost post, LocalDate today) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("category", post.getCategory().name())
			.addValue("kind", post.getKind().opposite().name())
			.addValue("city", post.getCityCode())
			.addValue("region", post.getRegionCode())
			.addValue("start", Date.valueOf(post.getWindowStart()))
			.addValue("end", Date.valueOf(post.getWindowEnd()))
			.addValue("today", Date.valueOf(today))
			.addValue("me", post.getEnterpriseId());
		String regionClause = post.getRegionCode().equals(post.getCityCode()) ? ""
				: " AND (p.region_code = :region OR p.region_code = :city)";
		return this.jdbc.query("SELECT " + COLUMNS
				+ " FROM market_post p LEFT JOIN market_key_firm k ON k.enterprise_id = p.enterprise_id"
				+ " WHERE p.state = 'OPEN' AND p.category = :category AND p.kind = :kind AND p.city_code = :city"
				+ regionClause
				+ " AND p.window_start <= :end AND p.window_end >= :start AND p.valid_until >= :today"
				+ " AND p.enterprise_id <> :me", params, MarketQueries::row);
	}

	/** Open demands in the scope that nobody has asked to contact since they were posted before {@code before}. */
	Page<PostSummary> unansweredDemands(Jurisdiction scope, Instant before, Pageable pageable) {
		MapSqlParameterSource params = new MapSqlParameterSource("before", Timestamp.from(before));
		String where = where(new PostFilter(null, PostKind.DEMAND, null, null, null, PostState.OPEN, false), scope, null,
				params)
				+ " AND p.created_at < :before AND NOT EXISTS (SELECT 1 FROM market_contact c WHERE c.post_id = p.id)";
		return page(where, params, "p.created_at ASC, p.id", pageable);
	}

	MarketFigures figures(Jurisdiction scope, Instant unansweredBefore) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(new PostFilter(null, null, null, null, null, null, false), scope, null, params);
		String select = """
				SELECT %s AS grp, count(*) AS posts, count(*) FILTER (WHERE p.state = 'OPEN') AS open,
				       coalesce(sum(c.accepted), 0) AS matches, coalesce(sum(c.requests), 0) AS contacts,
				       count(*) FILTER (WHERE p.state = 'FULFILLED') AS fulfilled
				FROM market_post p
				LEFT JOIN (SELECT post_id, count(*) AS requests, count(*) FILTER (WHERE state = 'ACCEPTED') AS accepted
				           FROM market_contact GROUP BY post_id) c ON c.post_id = p.id""";
		List<MarketFigures.Row> byCategory = this.jdbc.query(select.formatted("p.category") + where
				+ " GROUP BY p.category ORDER BY p.category", params, MarketQueries::figureRow);
		List<MarketFigures.Row> byTown = this.jdbc.query(select.formatted("p.town_code") + where
				+ " GROUP BY p.town_code ORDER BY posts DESC, p.town_code", params, MarketQueries::figureRow);
		long posts = 0;
		long open = 0;
		long matches = 0;
		long contacts = 0;
		long fulfilled = 0;
		for (MarketFigures.Row row : byCategory) {
			posts += row.counts().posts();
			open += row.counts().open();
			matches += row.counts().matches();
			contacts += row.counts().contacts();
			fulfilled += row.counts().fulfilled();
		}
		long unanswered = unansweredDemands(scope, unansweredBefore, org.springframework.data.domain.PageRequest.of(0, 1))
			.getTotalElements();
		return new MarketFigures(new MarketFigures.Counts(posts, open, matches, contacts, fulfilled), byCategory, byTown,
				unanswered);
	}

	private static MarketFigures.Row figureRow(ResultSet rs, int n) throws SQLException {
		return new MarketFigures.Row(rs.getString("grp"), new MarketFigures.Counts(rs.getLong("posts"),
				rs.getLong("open"), rs.getLong("matches"), rs.getLong("contacts"), rs.getLong("fulfilled")));
	}

	List<PostSummary> summaries(List<Row> rows) {
		Map<Long, String> names = namesOf(rows.stream().map(Row::enterpriseId).distinct().toList());
		return rows.stream().map((r) -> r.toSummary(names.getOrDefault(r.enterpriseId(), ""))).toList();
	}

	Map<Long, String> namesOf(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			for (EnterpriseView enterprise : this.enterprises.findAll(ids)) {
				names.put(enterprise.id(), enterprise.name());
			}
		}
		return names;
	}

	static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("district_code"),
				rs.getString("town_code"), rs.getString("industry"), PostKind.valueOf(rs.getString("kind")),
				PostCategory.valueOf(rs.getString("category")), rs.getString("title"), rs.getBigDecimal("quantity"),
				rs.getString("unit"), rs.getString("region_code"), date(rs, "needed_by"), date(rs, "available_from"),
				date(rs, "valid_until"), PostState.valueOf(rs.getString("state")),
				rs.getTimestamp("created_at").toInstant(), date(rs, "window_start"), date(rs, "window_end"),
				rs.getString("chain"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	/** A post row as the queries read it, with the poster's industry and window for scoring. */
	record Row(long id, long enterpriseId, String districtCode, String townCode, String industry, PostKind kind,
			PostCategory category, String title, BigDecimal quantity, String unit, String regionCode,
			LocalDate neededBy, LocalDate availableFrom, LocalDate validUntil, PostState state, Instant createdAt,
			LocalDate windowStart, LocalDate windowEnd, String keyChain) {

		PostSummary toSummary(String enterpriseName) {
			return new PostSummary(this.id, this.enterpriseId, enterpriseName, this.districtCode, this.townCode,
					this.kind, this.category, this.title, this.quantity, this.unit, this.regionCode, this.neededBy,
					this.availableFrom, this.validUntil, this.state, this.createdAt, this.keyChain);
		}

	}

}
