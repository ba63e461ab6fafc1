package org.fugong.common;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts zonky's embedded PostgreSQL and wraps it in a pooled data source; shared
 * by the application's default start and by the tests where no Docker engine answers.
 */
public final class EmbeddedPostgresSupport {

	private EmbeddedPostgresSupport() {
	}

	public static EmbeddedPostgres start(Path dataDirectory, boolean clean, int port) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			// Spring stops it when the context closes, after the pool that uses it.
			.setRegisterShutdownHook(false)
			.setLocaleConfig("encoding", "UTF8")
			.setServerConfig("max_connections", "200")
			.setServerConfig("timezone", "UTC");
		if (dataDirectory != null) {
			builder.setDataDirectory(dataDirectory).setCleanDataDirectory(clean);
		}
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

	public static DataSource dataSource(EmbeddedPostgres postgres, int poolSize) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(poolSize);
		dataSource.setPoolName("fugong");
		// JDBC batches of inserts (passes, imported rows) go out as multi-row INSERTs.
		dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
		return dataSource;
	}

}
