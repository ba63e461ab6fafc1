package org.fugong.dashboard;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds the delta rows that the triggers of {@code V15} append to the summary
 * tables into one row per group, once a minute on one instance: the figures
 * stay the same, the tables stay small. A delta appended while this runs is not
 * seen by its DELETE and is folded next time.
 */
@Component
class TallyCompaction {

	private final JdbcTemplate jdbc;

	TallyCompaction(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(fixedDelayString = "${fugong.dashboard.compaction-interval:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "dashboard-tally-compaction", lockAtMostFor = "PT10M")
	@Transactional
	public void compact() {
		this.jdbc.update("""
				WITH loose AS (SELECT DISTINCT enterprise_id, day FROM test_day_tally WHERE NOT compacted),
				gone AS (
				  DELETE FROM test_day_tally t USING loose l
				  WHERE t.enterprise_id = l.enterprise_id AND t.day = l.day
				  RETURNING t.enterprise_id, t.day, t.antigen, t.pcr, t.tested, t.positive)
				INSERT INTO test_day_tally (enterprise_id, day, antigen, pcr, tested, positive, compacted)
				SELECT enterprise_id, day, sum(antigen), sum(pcr), sum(tested), sum(positive), true
				FROM gone GROUP BY enterprise_id, day
				""");
		this.jdbc.update("""
				WITH loose AS (SELECT DISTINCT district_code, town_code, hour FROM scan_hour_tally WHERE NOT compacted),
				gone AS (
				  DELETE FROM scan_hour_tally t USING loose l
				  WHERE t.district_code = l.district_code AND t.town_code = l.town_code AND t.hour = l.hour
				  RETURNING t.district_code, t.town_code, t.hour, t.pass_type, t.verdict, t.reason, t.n)
				INSERT INTO scan_hour_tally (district_code, town_code, hour, pass_type, verdict, reason, n, compacted)
				SELECT district_code, town_code, hour, pass_type, verdict, reason, sum(n), true
				FROM gone GROUP BY district_code, town_code, hour, pass_type, verdict, reason
				""");
	}

}
