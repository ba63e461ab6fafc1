package org.fugong.outbreak;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.TimeFormat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbreak figures for the dashboard, counted in the database. The caller
 * (the dashboard) has already narrowed the district and town to the official's
 * jurisdiction; null means the whole city.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OutbreakFiguresQuery {

	private final JdbcTemplate jdbc;

	/** The figures of a district and town (either may be null: any) from one day to another, both included. */
	@Transactional(readOnly = true)
	public OutbreakFigures figures(String districtCode, String townCode, LocalDate from, LocalDate to) {
		StringBuilder scope = new StringBuilder();
		List<Object> args = new ArrayList<>();
		args.add(Timestamp.from(from.atStartOfDay(TimeFormat.ZONE).toInstant()));
		args.add(Timestamp.from(to.plusDays(1).atStartOfDay(TimeFormat.ZONE).toInstant()));
		if (districtCode != null) {
			scope.append(" AND district_code = ?");
			args.add(districtCode);
		}
		if (townCode != null) {
			scope.append(" AND town_code = ?");
			args.add(townCode);
		}
		return this.jdbc.queryForObject("""
				WITH p AS (SELECT ?::timestamptz AS f, ?::timestamptz AS t)
				SELECT
				  (SELECT count(*) FROM outbreak_case, p WHERE sealed_at >= p.f AND sealed_at < p.t%1$s) AS sealed,
				  (SELECT count(*) FROM outbreak_case, (SELECT ?::timestamptz AS f, ?::timestamptz AS t) q
				     WHERE unsealed_at >= q.f AND unsealed_at < q.t%1$s) AS unsealed,
				  (SELECT avg(extract(epoch FROM unsealed_at - sealed_at) / 86400.0) FROM outbreak_case,
				     (SELECT ?::timestamptz AS f, ?::timestamptz AS t) r
				     WHERE unsealed_at >= r.f AND unsealed_at < r.t%1$s) AS average_days,
				  (SELECT count(*) FROM outbreak_case WHERE state = 'SEALED'%1$s) AS sealed_now
				FROM p
				""".formatted(scope), (rs, row) -> {
			double average = rs.getDouble("average_days");
			Double days = rs.wasNull() ? null : Math.round(average * 10) / 10.0;
			return new OutbreakFigures(rs.getLong("sealed_now"), rs.getLong("sealed"), rs.getLong("unsealed"), days);
		}, bind(args));
	}

	/** The arguments in the order the statement reads them: each sub-query its period and scope. */
	private static Object[] bind(List<Object> args) {
		List<Object> period = args.subList(0, 2);
		List<Object> scope = args.subList(2, args.size());
		List<Object> bound = new ArrayList<>(period);
		bound.addAll(scope);
		bound.addAll(period);
		bound.addAll(scope);
		bound.addAll(period);
		bound.addAll(scope);
		bound.addAll(scope);
		return bound.toArray();
	}

}
