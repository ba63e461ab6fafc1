package org.fugong.support;

import java.io.IOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.fugong.common.EmbeddedPostgresSupport;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Real PostgreSQL for every test: a Testcontainers PostgreSQL where a Docker engine
 * answers, otherwise zonky's embedded PostgreSQL in a fresh temporary directory;
 * and a clock that tests may move.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	/** The clock the features read, which time-dependent tests move ({@link TestClock}). */
	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:17-alpine");
	}

	@Bean(destroyMethod = "close")
	@Conditional(DockerUnavailable.class)
	EmbeddedPostgres embeddedPostgres() throws IOException {
		// Thrown away after the run: the fast, unsafe settings belong here and nowhere else.
		return EmbeddedPostgresSupport.start(null, true, 0, EmbeddedPostgresSupport.THROWAWAY);
	}

	@Bean
	@Conditional(DockerUnavailable.class)
	DataSource dataSource(EmbeddedPostgres postgres) {
		return EmbeddedPostgresSupport.dataSource(postgres, 20);
	}

	static final class Docker {

		private static Boolean available;

		static synchronized boolean available() {
			if (available == null) {
				try {
					available = DockerClientFactory.instance().isDockerAvailable();
				}
				catch (Throwable ex) {
					available = false;
				}
			}
			return available;
		}

	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return Docker.available();
		}

	}

	static class DockerUnavailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !Docker.available();
		}

	}

}
