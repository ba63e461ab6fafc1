package org.fugong.gate;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether the database answers, as the scan log finds out. While it is out of reach
 * (restarting, failing over) a scan is refused at once: the guard's phone gets a 503
 * within milliseconds, keeps the scan offline and syncs it later, instead of every
 * request waiting for a connection that will not come. One probe asks the database
 * until it answers, and scans are logged again from that moment.
 */
@Component
@RequiredArgsConstructor
class DatabaseReach {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseReach.class);

	private static final long PROBE_EVERY_MS = 250;

	private final JdbcTemplate jdbc;

	private final AtomicBoolean down = new AtomicBoolean();

	boolean isDown() {
		return this.down.get();
	}

	/** True when a failure says the database could not be reached, not that it refused what was sent. */
	static boolean isUnreachable(Throwable failure) {
		for (Throwable ex = failure; ex != null; ex = (ex.getCause() == ex) ? null : ex.getCause()) {
			if (ex instanceof DataAccessResourceFailureException || ex instanceof CannotCreateTransactionException
					|| ex instanceof TransientDataAccessResourceException || ex instanceof SQLTransientConnectionException
					|| ex instanceof SQLNonTransientConnectionException) {
				return true;
			}
			// Class 08: connection exceptions; 57P0x: the server is shutting down or starting up.
			if (ex instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
		}
		return false;
	}

	/** The database did not answer: refuse scans at once, and probe until it does. */
	void lost(RuntimeException ex) {
		if (this.down.compareAndSet(false, true)) {
			logger.error("The database is out of reach: scans are answered 503 until it is back ({})", ex.toString());
			Thread probe = new Thread(this::probeUntilBack, "scan-log-probe");
			probe.setDaemon(true);
			probe.start();
		}
	}

	private void probeUntilBack() {
		while (true) {
			try {
				this.jdbc.queryForObject("SELECT 1", Integer.class);
				this.down.set(false);
				logger.info("The database answers again: scans are logged");
				return;
			}
			catch (RuntimeException ex) {
				try {
					Thread.sleep(PROBE_EVERY_MS);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					this.down.set(false);
					return;
				}
			}
		}
	}

}
