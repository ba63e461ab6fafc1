package org.fugong.workforce.imports;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.IdNumbers;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.workforce.TestStanding;
import org.fugong.workforce.Workforce;
import org.fugong.workforce.Workforces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.workforce.Workforces.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A roster of 10,000 valid rows imported through the API, timed from the upload
 * to the job's end; then the test standing of the 10,000 employees at once (what
 * passes ask for). Run with
 * {@code ./mvnw test -Dtest=WorkforceImportBenchmark -Dbenchmark=true}; it prints
 * the figures (see docs/performance.md). The enterprise it registers stays.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class WorkforceImportBenchmark {

	private static final int ROWS = 10_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	Workforce workforce;

	@Test
	void importTenThousandEmployees() throws Exception {
		// Warm up the JIT on a small file first.
		run(Registrations.register(this.mvc, "310117", "310117105"), csv(500, 7));
		Registered enterprise = Registrations.register(this.mvc, "310117", "310117105");
		byte[] csv = csv(ROWS, 1);

		long start = System.nanoTime();
		String status = run(enterprise, csv);
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertThat((String) JsonPath.read(status, "$.state")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(status, "$.imported")).isEqualTo(ROWS);
		long standingStart = System.nanoTime();
		Map<Long, TestStanding> standings = this.workforce.standings(enterprise.id(), Instant.now());
		long standingMillis = (System.nanoTime() - standingStart) / 1_000_000;
		assertThat(standings).hasSize(ROWS);
		System.out.printf("%nRoster import, %d rows (%d KB, UTF-8): %d ms from upload to DONE (%.0f rows/s)%n", ROWS,
				csv.length / 1024, millis, ROWS * 1000.0 / millis);
		System.out.printf("Standings of %d employees in one call: %d ms%n%n", ROWS, standingMillis);
	}

	private String run(Registered enterprise, byte[] csv) throws Exception {
		String body = this.mvc
			.perform(multipart("/api/v1/employees/import").file(new MockMultipartFile("file", "roster.csv", "text/csv", csv))
				.with(as(enterprise)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String jobId = JsonPath.read(body, "$.jobId");
		return Workforces.awaitImport(this.mvc, enterprise, jobId);
	}

	private static byte[] csv(int rows, int seed) {
		StringBuilder csv = new StringBuilder("\uFEFF姓名,身份证号,手机号,部门,岗位,驻厂/通勤,宿舍\r\n");
		LocalDate birth = LocalDate.of(1970 + seed, 1, 1);
		for (int i = 0; i < rows; i++) {
			String id = IdNumbers.of("310117", birth.plusDays(i / 1000), i % 1000);
			csv.append("员工").append(i).append(',').append(id).append(',')
				.append(String.format("138%08d", i)).append(',').append("车间").append(i % 20).append(',')
				.append(i % 5 == 0 ? "办公" : "生产").append(',').append(i % 3 == 0 ? "通勤" : "驻厂").append(',')
				.append(i % 3 == 0 ? "" : (i % 7 + 1) + "号宿舍楼").append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
