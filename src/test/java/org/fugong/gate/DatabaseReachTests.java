package org.fugong.gate;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures of a scan-log batch mean "the database is out of reach" (refuse scans at
 * once, probe until it answers) and which mean "the database refused these rows" (write
 * them one by one so only the bad row fails). The restart itself is the failure drill
 * {@code src/bench/drill/restart-db.sh}.
 */
class DatabaseReachTests {

	@Test
	void aConnectionThatCannotBeHadOrBreaksIsOutOfReach() {
		assertThat(DatabaseReach.isUnreachable(new CannotGetJdbcConnectionException("pool timed out"))).isTrue();
		assertThat(DatabaseReach.isUnreachable(new CannotCreateTransactionException("no connection"))).isTrue();
		assertThat(DatabaseReach.isUnreachable(new UncategorizedSQLException("insert", "INSERT …",
				new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
		assertThat(DatabaseReach.isUnreachable(new UncategorizedSQLException("insert", "INSERT …",
				new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
	}

	@Test
	void rowsTheDatabaseRefusesAreNotAnOutage() {
		assertThat(DatabaseReach.isUnreachable(new DataIntegrityViolationException("value too long"))).isFalse();
		assertThat(DatabaseReach.isUnreachable(new UncategorizedSQLException("insert", "INSERT …",
				new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")))).isFalse();
		assertThat(DatabaseReach.isUnreachable(new IllegalStateException("anything else"))).isFalse();
	}

}
