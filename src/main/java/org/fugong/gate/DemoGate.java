package org.fugong.gate;

import java.time.Instant;

import lombok.RequiredArgsConstructor;
import org.fugong.common.DemoData;
import org.fugong.security.AccountService;
import org.fugong.security.AccountSummary;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo checkpoints: a road checkpoint in 新桥镇 where {@code guard1} works, and the
 * factory gate of the demo enterprise in 九亭镇. Runs once.
 */
@Component
@DemoData
@Order(70)
@RequiredArgsConstructor
class DemoGate implements ApplicationRunner {

	private final CheckpointRepository checkpoints;

	private final AccountService accounts;

	private final JdbcTemplate jdbc;

	@Override
	public void run(ApplicationArguments args) {
		if (this.checkpoints.count() > 0) {
			return;
		}
		Instant now = Instant.now();
		Checkpoint road = this.checkpoints.save(new Checkpoint("新桥镇 G60 卡口", CheckpointKind.ROAD_CHECKPOINT,
				"310117105", "310117", null, Direction.IN, "demo", now));
		Long jiuting = this.accounts.find("ent-jiuting").map(AccountSummary::enterpriseId).orElse(null);
		this.checkpoints.save(new Checkpoint("九亭电子 1 号门", CheckpointKind.FACTORY_GATE, "310117107", "310117",
				jiuting, Direction.IN, "demo", now));
		this.checkpoints.save(new Checkpoint("松江司机隔离点", CheckpointKind.QUARANTINE_POINT, "310117", "310117",
				null, Direction.ARRIVE, "demo", now));
		this.jdbc.update("""
				INSERT INTO gate_guard (username, checkpoint_id, assigned_at, assigned_by) VALUES ('guard1', ?, ?, 'demo')
				ON CONFLICT (username) DO NOTHING
				""", road.getId(), java.sql.Timestamp.from(now));
	}

}
