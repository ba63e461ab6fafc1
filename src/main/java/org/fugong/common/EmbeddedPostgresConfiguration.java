package org.fugong.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL (zonky's binaries from Maven Central) when no database
 * is configured, keeping its files under {@code ./data/postgres} across restarts,
 * so that {@code ./mvnw spring-boot:run} needs nothing but a JDK.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseAbsent.class)
@ConditionalOnBooleanProperty(name = "fugong.embedded-postgres.enabled", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedPostgresConfiguration.EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		Path dir = Path.of(properties.dataDirectory()).toAbsolutePath();
		Files.createDirectories(dir.getParent());
		log.info("Starting embedded PostgreSQL with its data in {}", dir);
		return EmbeddedPostgresSupport.start(dir, false, properties.port());
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		return EmbeddedPostgresSupport.dataSource(postgres, 20);
	}

	@ConfigurationProperties("fugong.embedded-postgres")
	record EmbeddedPostgresProperties(Boolean enabled, String dataDirectory, int port) {

		EmbeddedPostgresProperties {
			if (dataDirectory == null || dataDirectory.isBlank()) {
				dataDirectory = "data/postgres";
			}
		}

	}

}
