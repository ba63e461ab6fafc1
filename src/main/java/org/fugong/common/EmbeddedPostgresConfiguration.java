package org.fugong.common;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The database: the one {@code SPRING_DATASOURCE_URL} names, or else a real
 * PostgreSQL started here (zonky's binaries from Maven Central) that keeps its
 * files under {@code ./data/postgres} across restarts, so that
 * {@code ./mvnw spring-boot:run} needs nothing but a JDK. The choice is made at
 * every start, not by a condition, so that an AOT-processed build (whose beans are
 * fixed when it is built) serves both. A town may run the embedded one as its
 * server, so it runs durable ({@link EmbeddedPostgresSupport#DURABLE}): the
 * effective settings are read back from the server and logged, and the start is
 * refused when any is off, unless {@code fugong.embedded-postgres.throwaway} says
 * the data may be lost. (Tests bring their own database and switch this
 * configuration off with {@code fugong.embedded-postgres.enabled=false}.)
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "fugong.embedded-postgres.enabled", matchIfMissing = true)
@EnableConfigurationProperties({ EmbeddedPostgresConfiguration.EmbeddedPostgresProperties.class,
		DataSourceProperties.class })
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	/** The embedded server, started only when no database URL is configured; closed after the pool. */
	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedPostgres(DataSourceProperties dataSource, EmbeddedPostgresProperties properties)
			throws IOException {
		if (StringUtils.hasText(dataSource.getUrl())) {
			return new EmbeddedServer(null);
		}
		Path dir = Path.of(properties.dataDirectory()).toAbsolutePath();
		Files.createDirectories(dir.getParent());
		log.info("Starting embedded PostgreSQL with its data in {}", dir);
		Map<String, String> settings = new LinkedHashMap<>(EmbeddedPostgresSupport.DURABLE);
		settings.putAll(properties.settings());
		EmbeddedPostgres postgres = EmbeddedPostgresSupport.start(dir, false, properties.port(), settings);
		try {
			checkDurability(postgres, properties.throwaway());
		}
		catch (RuntimeException ex) {
			postgres.close();
			throw ex;
		}
		return new EmbeddedServer(postgres);
	}

	/**
	 * The configured database's pool as Spring Boot would make it ({@code spring.datasource.*},
	 * {@code spring.datasource.hikari.*}), or the embedded server's.
	 */
	@Bean
	HikariDataSource dataSource(EmbeddedServer embedded, DataSourceProperties properties, Environment environment) {
		if (embedded.postgres() != null) {
			return EmbeddedPostgresSupport.dataSource(embedded.postgres(), 20);
		}
		HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		if (StringUtils.hasText(properties.getName())) {
			dataSource.setPoolName(properties.getName());
		}
		return Binder.get(environment).bindOrCreate("spring.datasource.hikari", Bindable.ofInstance(dataSource));
	}

	/** The embedded PostgreSQL, or none when the database is configured. */
	record EmbeddedServer(EmbeddedPostgres postgres) implements Closeable {

		@Override
		public void close() throws IOException {
			if (this.postgres != null) {
				this.postgres.close();
			}
		}

	}

	private static void checkDurability(EmbeddedPostgres postgres, boolean throwaway) {
		Map<String, String> effective = new LinkedHashMap<>();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			for (String setting : EmbeddedPostgresSupport.DURABILITY_SETTINGS) {
				try (ResultSet rs = statement.executeQuery("SHOW " + setting)) {
					rs.next();
					effective.put(setting, rs.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the durability settings of the embedded PostgreSQL", ex);
		}
		String off = effective.entrySet()
			.stream()
			.filter((setting) -> "off".equals(setting.getValue()))
			.map(Map.Entry::getKey)
			.collect(Collectors.joining(", "));
		if (off.isEmpty()) {
			log.info("Embedded PostgreSQL durability: {}", effective);
			return;
		}
		if (throwaway) {
			log.warn("Embedded PostgreSQL durability: {}. A crash or power cut can lose acknowledged writes or the "
					+ "whole database: fugong.embedded-postgres.throwaway=true says its data may be lost", effective);
			return;
		}
		throw new UnsafeConfigurationException("The embedded PostgreSQL runs with " + off
				+ " off: a power cut or an operating-system crash can lose acknowledged scans, approvals and uploads, "
				+ "or leave the database unreadable.",
				"Remove the fugong.embedded-postgres.settings that turn them off, or, for a demo whose data may be "
						+ "lost, set fugong.embedded-postgres.throwaway=true.");
	}

	/**
	 * Where the embedded database keeps its files, its port (0: any free one), server
	 * settings over the durable defaults, and whether its data may be lost.
	 */
	@ConfigurationProperties("fugong.embedded-postgres")
	record EmbeddedPostgresProperties(Boolean enabled, String dataDirectory, int port, Map<String, String> settings,
			boolean throwaway) {

		EmbeddedPostgresProperties {
			if (dataDirectory == null || dataDirectory.isBlank()) {
				dataDirectory = "data/postgres";
			}
			settings = (settings != null) ? Map.copyOf(settings) : Map.of();
		}

	}

}
