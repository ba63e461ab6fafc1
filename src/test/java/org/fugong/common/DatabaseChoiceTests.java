package org.fugong.common;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code SPRING_DATASOURCE_URL} set, {@link EmbeddedPostgresConfiguration}
 * starts no database of its own and makes the pool Spring Boot would have made
 * ({@code spring.datasource.*} and {@code spring.datasource.hikari.*}): the choice
 * is made at every start, so that an AOT-processed build serves both.
 */
class DatabaseChoiceTests {

	private static EmbeddedPostgres external;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
		.withUserConfiguration(EmbeddedPostgresConfiguration.class);

	@BeforeAll
	static void startExternal() throws IOException {
		external = EmbeddedPostgresSupport.start(null, true, 0, EmbeddedPostgresSupport.THROWAWAY);
	}

	@AfterAll
	static void stopExternal() throws IOException {
		external.close();
	}

	@Test
	void aConfiguredDatabaseGetsBootsPoolAndNoEmbeddedServer() {
		this.runner
			.withPropertyValues("spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
					"spring.datasource.username=postgres", "spring.datasource.name=district",
					"spring.datasource.hikari.connection-timeout=5000", "spring.datasource.hikari.maximum-pool-size=7",
					"spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true")
			.run((context) -> {
				assertThat(context).hasSingleBean(DataSource.class);
				assertThat(context.getBean(EmbeddedPostgresConfiguration.EmbeddedServer.class).postgres()).isNull();
				HikariDataSource pool = context.getBean(HikariDataSource.class);
				assertThat(pool.getJdbcUrl()).isEqualTo(external.getJdbcUrl("postgres", "postgres"));
				assertThat(pool.getPoolName()).isEqualTo("district");
				assertThat(pool.getConnectionTimeout()).isEqualTo(5000);
				assertThat(pool.getMaximumPoolSize()).isEqualTo(7);
				assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
				assertThat(new JdbcTemplate(pool).queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
			});
	}

}
