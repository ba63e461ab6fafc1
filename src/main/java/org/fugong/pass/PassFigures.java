package org.fugong.pass;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.fugong.common.TimeFormat;
import org.fugong.security.Jurisdiction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passes' figures for a scope the caller has already checked: passes issued
 * in a period and active now, and vehicle passes by scope, read from the
 * narrow index {@code ix_pass_figures}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PassFigures {

	private final JdbcTemplate jdbc;

	/** Passes issued in the period and active at {@code now}, and active vehicle passes by scope. */
	public record Counts(long workerIssued, long vehicleIssued, long workerActive, long vehicleActive,
			List<ScopeCount> vehicleByScope) {
	}

	public record ScopeCount(String scope, long passes, long enterprises) {
	}

	/** The passes of a scope from one day to another, both inclusive (Asia/Shanghai). */
	@Transactional(readOnly = true)
	public Counts counts(Jurisdiction scope, LocalDate fromDay, LocalDate toDay, Instant now) {
		String where = scope.where("p");
		Timestamp from = Timestamp.from(fromDay.atStartOfDay(TimeFormat.ZONE).toInstant());
		Timestamp until = Timestamp.from(toDay.plusDays(1).atStartOfDay(TimeFormat.ZONE).toInstant());
		Timestamp at = Timestamp.from(now);
		long[] n = new long[4];
		this.jdbc.query("""
				SELECT p.type,
				  count(*) FILTER (WHERE p.issued_at >= ? AND p.issued_at < ?) AS issued,
				  count(*) FILTER (WHERE p.status = 'ACTIVE' AND p.valid_to > ?) AS active
				FROM pass p WHERE true""" + where + " GROUP BY p.type", (rs) -> {
			int i = "WORKER".equals(rs.getString("type")) ? 0 : 2;
			n[i] = rs.getLong("issued");
			n[i + 1] = rs.getLong("active");
		}, scope.after(from, until, at));
		Map<String, ScopeCount> scopes = new LinkedHashMap<>();
		for (String vehicleScope : List.of("DISTRICT", "CITY", "INTER_PROVINCE")) {
			scopes.put(vehicleScope, new ScopeCount(vehicleScope, 0, 0));
		}
		this.jdbc.query("""
				SELECT p.scope, count(*) AS passes, count(DISTINCT p.enterprise_id) AS enterprises
				FROM pass p
				WHERE p.type = 'VEHICLE' AND p.status = 'ACTIVE' AND p.valid_to > ? AND p.scope IS NOT NULL"""
				+ where + " GROUP BY p.scope", (rs) -> {
					scopes.put(rs.getString("scope"),
							new ScopeCount(rs.getString("scope"), rs.getLong("passes"), rs.getLong("enterprises")));
				}, scope.after(at));
		return new Counts(n[0], n[2], n[1], n[3], List.copyOf(scopes.values()));
	}

}
