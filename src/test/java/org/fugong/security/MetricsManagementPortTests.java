package org.fugong.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.fugong.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a management port of its own, the metrics are read there without an
 * account, and the public port has no metrics at all, not even for the scrape
 * account. A real server on random ports, since MockMvc sees one context only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "management.server.address=127.0.0.1",
				"fugong.metrics.password=scrape-Secret-2026" })
@Import(TestDatabaseConfiguration.class)
class MetricsManagementPortTests {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int publicPort;

	@LocalManagementPort
	int managementPort;

	@Test
	void theManagementPortServesTheMetricsAndThePublicPortDoesNot() throws Exception {
		HttpResponse<String> metrics = get(this.managementPort, null);
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("fugong_gate_verifications_seconds_count");

		assertThat(get(this.publicPort, null).statusCode()).isNotEqualTo(200);
		HttpResponse<String> scrapeAccount = get(this.publicPort, "Basic cHJvbWV0aGV1czpzY3JhcGUtU2VjcmV0LTIwMjY=");
		assertThat(scrapeAccount.statusCode()).isNotEqualTo(200);
		assertThat(scrapeAccount.body()).doesNotContain("fugong_gate_verifications");
	}

	private HttpResponse<String> get(int port, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
