package org.fugong.common;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts zonky's embedded PostgreSQL and wraps it in a pooled data source; shared
 * by the application's default start and by the tests where no Docker engine answers.
 */
public final class EmbeddedPostgresSupport {

	/** The settings that decide whether an acknowledged commit survives a crash or a power cut. */
	public static final List<String> DURABILITY_SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

	/**
	 * What a database that must keep every acknowledged write runs with. zonky starts
	 * PostgreSQL with {@code -F} (fsync off) and {@code synchronous_commit=off}, test
	 * settings; these, given after them, win.
	 */
	public static final Map<String, String> DURABLE = durability("on");

	/** Fast and unsafe: for a database thrown away after the run (the tests), never for data anyone keeps. */
	public static final Map<String, String> THROWAWAY = durability("off");

	private EmbeddedPostgresSupport() {
	}

	public static EmbeddedPostgres start(Path dataDirectory, boolean clean, int port, Map<String, String> durability)
			throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			// Spring stops it when the context closes, after the pool that uses it.
			.setRegisterShutdownHook(false)
			.setLocaleConfig("encoding", "UTF8")
			.setServerConfig("max_connections", "200")
			.setServerConfig("timezone", "UTC");
		durability.forEach(builder::setServerConfig);
		if (dataDirectory != null) {
			builder.setDataDirectory(dataDirectory).setCleanDataDirectory(clean);
		}
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

	private static Map<String, String> durability(String value) {
		Map<String, String> settings = new LinkedHashMap<>();
		for (String setting : DURABILITY_SETTINGS) {
			settings.put(setting, value);
		}
		return Collections.unmodifiableMap(settings);
	}

	public static HikariDataSource dataSource(EmbeddedPostgres postgres, int poolSize) {
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
