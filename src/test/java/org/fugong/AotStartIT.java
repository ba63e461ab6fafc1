package org.fugong;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.fugong.common.EmbeddedPostgresSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar started the production way, with its Spring AOT-processed
 * context ({@code -Dspring.aot.enabled=true}), whose beans were fixed when it was
 * built: the choices Fugong makes at every start still hold. The embedded demo
 * default seeds its demo accounts; a configured database gets the application's
 * schema and no demo account; the embedded database with the demo off gets none
 * either and needs its keys; a start of another management-port shape than the
 * build's is refused.
 */
class AotStartIT {

	private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(4);

	@TempDir
	Path dir;

	private final List<Process> started = new ArrayList<>();

	@AfterEach
	void stop() throws InterruptedException {
		for (Process process : this.started) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	@Test
	void theEmbeddedDemoDefaultSeedsTheDemoAccounts() throws Exception {
		int pgPort = freePort();
		int port = freePort();
		Process app = start(Map.of("FUGONG_EMBEDDED_POSTGRES_PORT", String.valueOf(pgPort)), port);
		awaitHealthy(app, port);
		try (SingleConnectionDataSource db = connect(pgPort, "postgres")) {
			JdbcTemplate jdbc = new JdbcTemplate(db);
			awaitTrue(app, () -> jdbc.queryForObject("SELECT count(*) FROM app_user WHERE username = 'songjiang'",
					Integer.class) == 1);
		}
	}

	@Test
	void aConfiguredDatabaseGetsTheSchemaAndNoDemoAccount() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgresSupport.start(this.dir.resolve("external"), true, 0,
				EmbeddedPostgresSupport.THROWAWAY)) {
			int port = freePort();
			Map<String, String> env = keys();
			env.put("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"));
			env.put("SPRING_DATASOURCE_USERNAME", "postgres");
			Process app = start(env, port);
			awaitHealthy(app, port);
			assertThat(get(port, "/login").statusCode()).isEqualTo(200);
			try (SingleConnectionDataSource db = connect(postgres.getPort(), "postgres")) {
				JdbcTemplate jdbc = new JdbcTemplate(db);
				assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success",
						Integer.class)).isGreaterThan(30);
				assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class)).isZero();
			}
			assertThat(Files.exists(this.dir.resolve("data/postgres"))).as("no embedded database").isFalse();
		}
	}

	@Test
	void theEmbeddedDatabaseWithTheDemoOffGetsNoDemoDataAndNeedsItsKeys() throws Exception {
		int pgPort = freePort();
		Process refused = start(Map.of("FUGONG_EMBEDDED_POSTGRES_PORT", String.valueOf(pgPort)), freePort(),
				"--fugong.demo.enabled=false");
		assertRefused(refused, "FUGONG_DATA_KEY is not set");
		Map<String, String> env = keys();
		env.put("FUGONG_EMBEDDED_POSTGRES_PORT", String.valueOf(pgPort));
		int port = freePort();
		Process app = start(env, port, "--fugong.demo.enabled=false");
		awaitHealthy(app, port);
		Thread.sleep(3000);
		try (SingleConnectionDataSource db = connect(pgPort, "postgres")) {
			assertThat(new JdbcTemplate(db).queryForObject("SELECT count(*) FROM app_user", Integer.class)).isZero();
		}
	}

	@Test
	void aManagementPortTheBuildWasNotMadeForIsRefused() throws Exception {
		Map<String, String> env = keys();
		env.put("MANAGEMENT_SERVER_PORT", String.valueOf(freePort()));
		assertRefused(start(env, freePort(), "--fugong.demo.enabled=false"),
				"MANAGEMENT_SERVER_PORT asks for a management port of its own");
	}

	private Process start(Map<String, String> env, int port, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Dspring.aot.enabled=true", "-Xmx512m", "-jar", jar().toString(), "--spring.main.banner-mode=off"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("app-" + this.started.size() + ".log").toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("FUGONG_")
				|| name.startsWith("MANAGEMENT_"));
		builder.environment().putAll(env);
		builder.environment().put("PORT", String.valueOf(port));
		builder.environment().put("FUGONG_DATA_DIR", this.dir.resolve("data").toString());
		Process process = builder.start();
		this.started.add(process);
		return process;
	}

	private void awaitHealthy(Process app, int port) throws Exception {
		awaitTrue(app, () -> {
			try {
				return get(port, "/actuator/health").statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
		});
		assertThat(log(app)).contains("Starting AOT-processed FugongApplication");
	}

	private void awaitTrue(Process app, Check check) throws Exception {
		Instant until = Instant.now().plus(HEALTHY_WITHIN);
		while (!check.holds()) {
			assertThat(app.isAlive()).as("the application died:\n%s", tail(app)).isTrue();
			assertThat(Instant.now()).as("not there within %s:\n%s", HEALTHY_WITHIN, tail(app)).isBefore(until);
			Thread.sleep(250);
		}
	}

	private void assertRefused(Process app, String description) throws Exception {
		assertThat(app.waitFor(HEALTHY_WITHIN.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(app.exitValue()).isNotZero();
		assertThat(log(app)).contains("APPLICATION FAILED TO START").contains(description);
	}

	private String log(Process app) throws IOException {
		return Files.readString(this.dir.resolve("app-" + this.started.indexOf(app) + ".log"));
	}

	private String tail(Process app) throws IOException {
		String log = log(app);
		return log.substring(Math.max(0, log.length() - 4000));
	}

	private static HttpResponse<Void> get(int port, String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.discarding());
	}

	private static SingleConnectionDataSource connect(int port, String database) {
		return new SingleConnectionDataSource("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "",
				true);
	}

	private static Map<String, String> keys() {
		Map<String, String> keys = new HashMap<>();
		keys.put("FUGONG_DATA_KEY", randomKey());
		keys.put("FUGONG_PASS_KEY_ENCRYPTION_KEY", randomKey());
		return keys;
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	private static Path jar() {
		Path jar = Path.of(System.getProperty("fugong.jar", "target/fugong-0.1.0-SNAPSHOT.jar"));
		assertThat(jar).as("the packaged jar (./mvnw verify builds it before this test)").exists();
		return jar.toAbsolutePath();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@FunctionalInterface
	private interface Check {

		boolean holds() throws Exception;

	}

}
