package org.fugong;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The context starting at all proves that Flyway migrated an empty database and
 * that Hibernate validated every entity against it ({@code ddl-auto=validate}).
 */
@IntegrationTest
class SchemaTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMigrationApplied() {
		assertThat(this.flyway.info().all()).isNotEmpty()
			.allSatisfy((migration) -> assertThat(migration.getState()).isEqualTo(MigrationState.SUCCESS));
		assertThat(this.flyway.info().pending()).isEmpty();
	}

	@Test
	void regionTreeHoldsShanghaiItsDistrictsAndTheGridZones() {
		assertThat(count("SELECT count(*) FROM region WHERE level = 'DISTRICT' AND parent_code = '310000'")).isEqualTo(16);
		assertThat(count("SELECT count(*) FROM region WHERE level = 'TOWN' AND parent_code = '310117'")).isGreaterThan(10);
		assertThat(count("SELECT count(*) FROM region WHERE level = 'TOWN' AND parent_code = '310120'")).isGreaterThan(5);
		assertThat(count("SELECT count(*) FROM region WHERE level = 'GRID'")).isEqualTo(9);
	}

	@Test
	void theAuditLogRefusesUpdatesAndDeletes() {
		this.jdbc.update("INSERT INTO audit_log (actor, action, outcome) VALUES ('test', 'TEST', 'SUCCESS')");
		assertThatThrownBy(() -> this.jdbc.update("UPDATE audit_log SET outcome = 'FAILURE' WHERE actor = 'test'"))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("DELETE FROM audit_log WHERE actor = 'test'"))
			.isInstanceOf(DataAccessException.class);
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
