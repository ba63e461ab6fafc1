package org.fugong.common;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: the embedded default, as {@code ./mvnw spring-boot:run} and the jar
 * start it (its own configuration, not the tests' database), keeps what it
 * acknowledges.
 */
class EmbeddedPostgresDurabilityTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(EmbeddedPostgresConfiguration.class);

	@Test
	void theEmbeddedDefaultRunsWithFsyncSynchronousCommitAndFullPageWritesOn(@TempDir Path dir) {
		this.runner.withPropertyValues("fugong.embedded-postgres.data-directory=" + dir.resolve("postgres"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
				assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
				assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
				assertThat(jdbc.queryForObject("SHOW full_page_writes", String.class)).isEqualTo("on");
			});
	}

	@Test
	void durabilityOffIsRefusedUnlessTheDataIsSaidToBeThrowaway(@TempDir Path dir) {
		String directory = "fugong.embedded-postgres.data-directory=" + dir.resolve("postgres");
		this.runner.withPropertyValues(directory, "fugong.embedded-postgres.settings[synchronous_commit]=off")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(UnsafeConfigurationException.class)
				.hasMessageContaining("synchronous_commit off"));
		this.runner
			.withPropertyValues(directory, "fugong.embedded-postgres.settings[synchronous_commit]=off",
					"fugong.embedded-postgres.throwaway=true")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
				assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("off");
			});
	}

}
