package org.fugong.workforce.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.workforce.Workforces;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Roster and test-result imports in the background: UTF-8 and GBK files, every
 * bad row with its line and reason in the language of the request, the good rows
 * imported, and the bad ones offered back as a CSV.
 */
@IntegrationTest
class WorkforceImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImportService imports;

	private Registered enterprise;

	@BeforeEach
	void register() throws Exception {
		this.enterprise = Registrations.register(this.mvc, "310117", "310117105");
	}

	@Test
	void aUtf8RosterImportsItsGoodRowsAndReportsEveryBadLine() throws Exception {
		String a = Workforces.idNumber();
		String b = Workforces.idNumber();
		String c = Workforces.idNumber();
		String csv = "\uFEFF姓名,身份证号,手机号,部门,岗位,驻厂/通勤,宿舍\r\n" // line 1
				+ "张三," + a + ",13800138000,总装车间,生产,驻厂,1号楼 203\r\n" // line 2
				+ "李四," + b.toLowerCase() + ",13900139000,行政部,办公,通勤,\r\n" // line 3
				+ "\r\n" // line 4: empty, skipped
				+ "王五,310101199003071231,13700137000,质检部,生产,驻厂,\r\n" // line 5: check digit wrong
				+ "\"赵\n六\"," + c + ",1370013,质检部,,通勤,\r\n" // lines 6-7: bad phone
				+ "钱七," + a + ",13600136000,质检部,生产,驻厂,\r\n" // line 8: repeats line 2
				+ "孙八," + Workforces.idNumber() + ",13500135000,,经理,在家,\r\n"; // line 9: three faults

		String jobId = start("/api/v1/employees/import", csv.getBytes(StandardCharsets.UTF_8), "zh-CN");
		String status = Workforces.awaitImport(this.mvc, this.enterprise, jobId);

		assertThat((String) JsonPath.read(status, "$.state")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(status, "$.total")).isEqualTo(6);
		assertThat((Integer) JsonPath.read(status, "$.processed")).isEqualTo(6);
		assertThat((Integer) JsonPath.read(status, "$.imported")).isEqualTo(2);
		List<Integer> lines = JsonPath.read(status, "$.errors[*].line");
		assertThat(lines).containsExactly(5, 6, 8, 9);
		List<String> messages = JsonPath.read(status, "$.errors[*].message");
		assertThat(messages.get(0)).contains("身份证号码不正确");
		assertThat(messages.get(1)).contains("手机号码应为 11 位");
		assertThat(messages.get(2)).isEqualTo("身份证号码与第 2 行重复");
		assertThat(messages.get(3)).contains("缺少部门").contains("岗位应为").contains("驻厂/通勤");
		assertThat(names()).containsExactlyInAnyOrder("张三", "李四");
		assertThat(status).doesNotContain(a).doesNotContain(b);

		byte[] errors = this.mvc.perform(get("/api/v1/imports/" + jobId + "/errors.csv").with(as(this.enterprise)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(errors).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(errors, 3, errors.length - 3, StandardCharsets.UTF_8);
		assertThat(text).startsWith("姓名,身份证号,手机号,部门,岗位,驻厂/通勤,宿舍,问题原因\r\n")
			.contains("王五,310101199003071231,13700137000,质检部,生产,驻厂,,")
			.contains("\"赵\n六\"")
			.contains("身份证号码与第 2 行重复")
			.doesNotContain("张三");
	}

	@Test
	void aGbkRosterFromExcelReportsInEnglishWhenAskedAndUpdatesKnownEmployees() throws Exception {
		String known = Workforces.idNumber();
		long id = Workforces.addEmployee(this.mvc, this.enterprise, "旧名字", known);
		String csv = "姓名,身份证号,手机号,部门,驻厂/通勤\r\n" + "新名字," + known + ",13800138000,海港车间,通勤\r\n"
				+ "周九," + Workforces.idNumber() + ",13800138001,海港车间,驻厂\r\n" + "吴十,123,13800138002,海港车间,驻厂\r\n";

		String jobId = this.mvc.perform(post("/api/v1/employees/import").with(as(this.enterprise))
			.header("Accept-Language", "en")
			.contentType("text/csv")
			.content(csv.getBytes(Charset.forName("GBK"))))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"jobId\":\"([^\"]+)\".*", "$1");
		String status = Workforces.awaitImport(this.mvc, this.enterprise, jobId);

		assertThat((Integer) JsonPath.read(status, "$.imported")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(status, "$.updated")).isEqualTo(1);
		assertThat((String) JsonPath.read(status, "$.errors[0].message")).startsWith("Invalid ID number");
		assertThat((Integer) JsonPath.read(status, "$.errors[0].line")).isEqualTo(4);
		assertThat(this.jdbc.queryForObject("SELECT name || ' ' || department || ' ' || on_site FROM employee WHERE id = ?",
				String.class, id)).isEqualTo("新名字 海港车间 false");
		assertThat(names()).contains("周九");
	}

	@Test
	void aFileUnusableAsAWholeIsRefusedAtOnce() throws Exception {
		this.mvc.perform(multipart("/api/v1/employees/import")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", "foo,bar\n1,2\n".getBytes(StandardCharsets.UTF_8)))
			.with(as(this.enterprise)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		this.mvc.perform(post("/api/v1/employees/import").with(as(this.enterprise)).contentType("text/csv").content(""))
			.andExpect(status().isBadRequest());
	}

	@Test
	void testResultsImportByIdNumberOrNameAndPhoneAndNotTwice() throws Exception {
		String idNumber = Workforces.idNumber();
		long first = Workforces.addEmployee(this.mvc, this.enterprise, "郑一", idNumber);
		this.mvc.perform(post("/api/v1/employees").with(as(this.enterprise))
			.contentType("application/json")
			.content("""
					{"name": "冯二", "idNumber": "%s", "phone": "13611112222", "department": "仓储", "onSite": true}
					""".formatted(Workforces.idNumber())))
			.andExpect(status().isCreated());
		String csv = "身份证号,姓名,手机号,检测类型,结果,采样时间\n" // line 1
				+ idNumber + ",,,抗原,阴性,2026-01-05 07:30\n" // line 2
				+ ",冯二,13611112222,核酸,阳性,2026/1/5 18:00\n" // line 3
				+ ",陌生人,13611113333,核酸,阴性,2026-01-05 18:00\n" // line 4: unknown
				+ idNumber + ",,,血检,阴性,2026-01-05 07:30\n" // line 5: kind
				+ idNumber + ",,,抗原,阴性,2099-01-05 07:30\n" // line 6: future
				+ idNumber + ",,,抗原,阴性,2026-01-05 07:30\n"; // line 7: repeats line 2

		String jobId = start("/api/v1/tests/import", csv.getBytes(StandardCharsets.UTF_8), "zh-CN");
		String status = Workforces.awaitImport(this.mvc, this.enterprise, jobId);

		assertThat((Integer) JsonPath.read(status, "$.imported")).isEqualTo(2);
		List<Integer> lines = JsonPath.read(status, "$.errors[*].line");
		assertThat(lines).containsExactly(4, 5, 6, 7);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM test_result WHERE employee_id = ?", Integer.class,
				first)).isEqualTo(1);

		String again = start("/api/v1/tests/import", csv.getBytes(StandardCharsets.UTF_8), "zh-CN");
		assertThat((Integer) JsonPath.read(Workforces.awaitImport(this.mvc, this.enterprise, again), "$.imported"))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM test_result WHERE enterprise_id = ?", Integer.class,
				this.enterprise.id())).isEqualTo(2);
	}

	@Test
	void anotherEnterpriseCannotSeeTheJob() throws Exception {
		String jobId = start("/api/v1/employees/import",
				("姓名,身份证号,手机号,部门,驻厂/通勤\n甲," + Workforces.idNumber() + ",13800138000,车间,驻厂\n")
					.getBytes(StandardCharsets.UTF_8), "zh-CN");
		Workforces.awaitImport(this.mvc, this.enterprise, jobId);
		Registered stranger = Registrations.register(this.mvc, "310117", "310117105");
		this.mvc.perform(get("/api/v1/imports/" + jobId).with(as(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/imports/" + jobId + "/errors.csv").with(as(stranger)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aJobLeftRunningByAStoppedInstanceIsMarkedFailed() throws Exception {
		this.jdbc.update("""
				INSERT INTO import_job (id, enterprise_id, kind, state, locale, total, processed, created_by, created_at,
				  heartbeat_at)
				VALUES ('orphan-' || ?, ?, 'EMPLOYEES', 'RUNNING', 'en', 100, 40, 'test', now() - interval '1 hour',
				  now() - interval '10 minutes')
				""", this.enterprise.id(), this.enterprise.id());
		this.imports.failJobsOfDeadInstances();
		this.mvc.perform(get("/api/v1/imports/orphan-" + this.enterprise.id()).with(as(this.enterprise)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("FAILED"))
			.andExpect(jsonPath("$.processed").value(40))
			.andExpect(jsonPath("$.failure").value(org.hamcrest.Matchers.startsWith("The server running this import stopped")));
	}

	@Test
	void thePagesUploadAndShowTheJob() throws Exception {
		String csv = "姓名,身份证号,手机号,部门,驻厂/通勤\n乙," + Workforces.idNumber() + ",13800138000,车间,驻厂\n丙,1,2,,\n";
		String location = this.mvc.perform(multipart("/workforce/imports")
			.file(new MockMultipartFile("file", "名册.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("kind", "EMPLOYEES")
			.with(as(this.enterprise))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/workforce/imports/");
		Workforces.awaitImport(this.mvc, this.enterprise, location.substring("/workforce/imports/".length()));
		String page = this.mvc.perform(get(location).with(as(this.enterprise)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("导入完成").contains("errors.csv").contains("缺少部门");
		byte[] template = this.mvc.perform(get("/workforce/imports/template.csv").with(as(this.enterprise)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(template, StandardCharsets.UTF_8)).startsWith("\uFEFF姓名,身份证号,手机号,部门,岗位,驻厂/通勤,宿舍");
	}

	private String start(String path, byte[] content, String language) throws Exception {
		String body = this.mvc.perform(multipart(path).file(new MockMultipartFile("file", "data.csv", "text/csv", content))
			.header("Accept-Language", language)
			.with(as(this.enterprise)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.jobId");
	}

	private List<String> names() {
		return this.jdbc.queryForList("SELECT name FROM employee WHERE enterprise_id = ?", String.class,
				this.enterprise.id());
	}

}
