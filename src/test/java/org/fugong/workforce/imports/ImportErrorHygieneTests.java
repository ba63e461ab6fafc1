package org.fugong.workforce.imports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.PersonalDataRetention;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.support.TestClock;
import org.fugong.workforce.Workforces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.workforce.Workforces.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The file of bad rows never hands Excel a formula, reads back as it was written,
 * and forgets the rows' cells (ID numbers, phones) after the retention.
 */
@IntegrationTest
class ImportErrorHygieneTests {

	private static final String FORMULA = "=HYPERLINK(\"http://evil.example/\",\"点此\")";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	PersonalDataRetention retention;

	private Registered enterprise;

	@BeforeEach
	void register() throws Exception {
		this.enterprise = Registrations.register(this.mvc, "310117", "310117105");
	}

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void cellsThatStartLikeAFormulaAreTextInTheFileOfBadRowsAndReadBackUnchanged() throws Exception {
		String csv = "姓名,身份证号,手机号,部门,驻厂/通勤\r\n" + "\"" + FORMULA.replace("\"", "\"\"") + "\","
				+ Workforces.idNumber() + ",1370013,@车间,驻厂\r\n";
		String jobId = start(csv.getBytes(StandardCharsets.UTF_8));
		Workforces.awaitImport(this.mvc, this.enterprise, jobId);

		byte[] errors = errors(jobId);
		String text = new String(errors, StandardCharsets.UTF_8);
		assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"点此\"\")\"")
			.contains(",'@车间,")
			.doesNotContain("\n\"=HYPERLINK")
			.doesNotContain("\n=HYPERLINK");

		// Imported again as it came, the file yields the same rows: the guard is dropped, never doubled.
		String again = start(errors);
		Workforces.awaitImport(this.mvc, this.enterprise, again);
		assertThat(new String(errors(again), StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(")
			.doesNotContain("''")
			.contains(",'@车间,");
	}

	@Test
	void theCellsOfBadRowsAreErasedOnceOlderThanTheRetention() throws Exception {
		String idNumber = Workforces.idNumber();
		String jobId = start(("姓名,身份证号,手机号,部门,驻厂/通勤\r\n甲," + idNumber + ",1370013,车间,驻厂\r\n")
			.getBytes(StandardCharsets.UTF_8));
		String status = Workforces.awaitImport(this.mvc, this.enterprise, jobId);
		assertThat((Integer) JsonPath.read(status, "$.errors[0].line")).isEqualTo(2);

		this.clock.advance(Duration.ofDays(29));
		this.retention.run();
		assertThat(cells(jobId)).contains(idNumber);

		this.clock.advance(Duration.ofDays(2));
		this.retention.run();
		assertThat(cells(jobId)).isNull();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM import_error WHERE job_id = ?", Integer.class, jobId))
			.isEqualTo(1);
		assertThat(new String(errors(jobId), StandardCharsets.UTF_8)).doesNotContain(idNumber).contains("手机号码");
	}

	private String cells(String jobId) {
		return this.jdbc.queryForObject("SELECT cells FROM import_error WHERE job_id = ?", String.class, jobId);
	}

	private byte[] errors(String jobId) throws Exception {
		return this.mvc.perform(get("/api/v1/imports/" + jobId + "/errors.csv").with(as(this.enterprise)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private String start(byte[] content) throws Exception {
		String body = this.mvc
			.perform(multipart("/api/v1/employees/import")
				.file(new MockMultipartFile("file", "data.csv", "text/csv", content))
				.header("Accept-Language", "zh-CN")
				.with(as(this.enterprise)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.jobId");
	}

}
