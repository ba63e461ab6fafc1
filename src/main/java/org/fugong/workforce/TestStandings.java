package org.fugong.workforce;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Judges test results against the rule of the enterprise's district: for each
 * employee the latest negative antigen, the latest negative PCR and the latest
 * positive of any kind, all sampled up to the moment asked about. A whole enterprise
 * takes one query for the district, one for its rule and one for the
 * employees (three index look-ups each), however many there are.
 */
@Component
@RequiredArgsConstructor
class TestStandings {

	private static final String LATEST = """
			SELECT e.id,
			  (SELECT max(t.sampled_at) FROM test_result t
			    WHERE t.employee_id = e.id AND t.outcome = 'NEGATIVE' AND t.sampled_at <= ?
			      AND t.kind = 'ANTIGEN') AS antigen,
			  (SELECT max(t.sampled_at) FROM test_result t
			    WHERE t.employee_id = e.id AND t.outcome = 'NEGATIVE' AND t.sampled_at <= ?
			      AND t.kind = 'PCR') AS pcr,
			  (SELECT max(t.sampled_at) FROM test_result t
			    WHERE t.employee_id = e.id AND t.outcome = 'POSITIVE' AND t.sampled_at <= ?) AS positive
			FROM employee e
			""";

	private final JdbcTemplate jdbc;

	private final EnterpriseService enterprises;

	private final TestRuleService rules;

	/** The rule that applies to the enterprise's employees. */
	TestRuleView ruleFor(long enterpriseId) {
		String district = this.enterprises.find(enterpriseId).map(EnterpriseView::districtCode).orElse(null);
		return (district != null) ? this.rules.ruleOf(district) : TestRuleView.standard(null);
	}

	TestStanding of(long enterpriseId, long employeeId, Instant at) {
		TestRuleView rule = ruleFor(enterpriseId);
		Map<Long, TestStanding> one = query(rule, at, LATEST + " WHERE e.id = ? AND e.enterprise_id = ?", employeeId,
				enterpriseId);
		return one.getOrDefault(employeeId, TestStanding.OVERDUE);
	}

	/** The standing with the instant a recent negative result grows too old (null when not OK). */
	TestStatus status(long enterpriseId, long employeeId, Instant at) {
		Map<Long, TestStatus> one = statuses(ruleFor(enterpriseId), at,
				LATEST + " WHERE e.id = ? AND e.enterprise_id = ?", employeeId, enterpriseId);
		return one.getOrDefault(employeeId, new TestStatus(TestStanding.OVERDUE, null));
	}

	/** The status of every active employee of the enterprise. */
	Map<Long, TestStatus> statuses(long enterpriseId, Instant at) {
		return statuses(ruleFor(enterpriseId), at, LATEST + " WHERE e.enterprise_id = ? AND e.active", enterpriseId);
	}

	private Map<Long, TestStatus> statuses(TestRuleView rule, Instant at, String sql, Object... scope) {
		Timestamp until = Timestamp.from(at);
		Object[] args = new Object[3 + scope.length];
		args[0] = until;
		args[1] = until;
		args[2] = until;
		System.arraycopy(scope, 0, args, 3, scope.length);
		Map<Long, TestStatus> statuses = new HashMap<>();
		this.jdbc.query(sql, (rs) -> {
			TestRuleView.Latest latest = new TestRuleView.Latest(instant(rs.getTimestamp("antigen")),
					instant(rs.getTimestamp("pcr")), instant(rs.getTimestamp("positive")));
			statuses.put(rs.getLong("id"), new TestStatus(rule.judge(latest, at), rule.until(latest, at)));
		}, args);
		return statuses;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	Map<Long, TestStanding> ofEnterprise(long enterpriseId, Instant at) {
		return query(ruleFor(enterpriseId), at, LATEST + " WHERE e.enterprise_id = ? AND e.active", enterpriseId);
	}

	/** The standing of some employees of the enterprise (the roster page's current page). */
	Map<Long, TestStanding> of(long enterpriseId, List<Long> employeeIds, Instant at) {
		if (employeeIds.isEmpty()) {
			return Map.of();
		}
		return query(ruleFor(enterpriseId), at,
				LATEST + " WHERE e.enterprise_id = ? AND e.id = ANY (?)", enterpriseId,
				employeeIds.toArray(new Long[0]));
	}

	private Map<Long, TestStanding> query(TestRuleView rule, Instant at, String sql, Object... scope) {
		Map<Long, TestStanding> standings = new HashMap<>();
		statuses(rule, at, sql, scope).forEach((id, status) -> standings.put(id, status.standing()));
		return standings;
	}

}
