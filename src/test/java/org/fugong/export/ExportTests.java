package org.fugong.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fugong.security.CurrentUser;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Exports against the lists they copy: the same rows under the same filters,
 * the caller's jurisdiction only, personal data masked, Chinese headers, dates
 * as dates, and an audit entry; a large export as a job any instance answers.
 */
@IntegrationTest
class ExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ExportService exports;

	@Test
	void aWhitelistExportHasTheListsRowsUnderTheSameFilters() throws Exception {
		for (String filters : List.of("", "level=DISTRICT", "status=ACTIVE&region=310117105", "level=CITY&status=ACTIVE")) {
			for (String who : List.of("songjiang", "city", "xinqiao")) {
				long total = ((Number) JsonPath.read(json("/api/v1/whitelist?" + filters, who), "$.total")).longValue();
				Sheet sheet = xlsx("/api/v1/exports/whitelist.xlsx?" + filters, who);
				assertThat(sheet.getLastRowNum()).as("%s as %s", filters, who).isEqualTo((int) total);
			}
		}
	}

	@Test
	void applicationEnterpriseAndPassExportsHaveTheListsRows() throws Exception {
		for (String who : List.of("songjiang", "xinqiao", "city")) {
			long applications = ((Number) JsonPath.read(json("/api/v1/applications?size=1", who), "$.total")).longValue();
			assertThat(xlsx("/api/v1/exports/applications.xlsx", who).getLastRowNum()).isEqualTo((int) applications);
			long overdue = ((Number) JsonPath.read(json("/api/v1/applications?overdue=true&size=1", who), "$.total"))
				.longValue();
			assertThat(xlsx("/api/v1/exports/applications.xlsx?overdue=true", who).getLastRowNum())
				.isEqualTo((int) overdue);
			long enterprises = ((Number) JsonPath.read(json("/api/v1/enterprises?size=1", who), "$.total")).longValue();
			assertThat(xlsx("/api/v1/exports/enterprises.xlsx", who).getLastRowNum()).isEqualTo((int) enterprises);
			long passes = ((Number) JsonPath.read(json("/api/v1/passes?size=1&status=ACTIVE", who), "$.total")).longValue();
			assertThat(xlsx("/api/v1/exports/passes.xlsx?status=ACTIVE", who).getLastRowNum()).isEqualTo((int) passes);
		}
		long own = ((Number) JsonPath.read(json("/api/v1/passes?size=1", "ent-jiuting"), "$.total")).longValue();
		assertThat(own).isPositive();
		assertThat(xlsx("/api/v1/exports/passes.xlsx", "ent-jiuting").getLastRowNum()).isEqualTo((int) own);
	}

	@Test
	void aDistrictOfficialExportsOnlyItsOwnDistrictsRows() throws Exception {
		Sheet fengxian = xlsx("/api/v1/exports/enterprises.xlsx", "fengxian");
		assertThat(fengxian.getLastRowNum()).isPositive();
		for (Row row : rows(fengxian)) {
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("奉贤区");
		}
		assertThat(xlsx("/api/v1/exports/whitelist.xlsx?region=310117", "fengxian").getLastRowNum()).isZero();
		assertThat(xlsx("/api/v1/exports/passes.xlsx", "fengxian").getLastRowNum())
			.isEqualTo(this.jdbc.queryForObject("SELECT count(*) FROM pass WHERE district_code = '310120'", Integer.class));
	}

	@Test
	void personalDataStaysMaskedAndHeadersAreChineseAndDatesAreDates() throws Exception {
		Sheet passes = xlsx("/api/v1/exports/passes.xlsx?type=WORKER", "songjiang");
		assertThat(passes.getRow(0).getCell(2).getStringCellValue()).isEqualTo("持码人");
		List<String> fullNames = this.jdbc.queryForList(
				"SELECT holder_name FROM pass WHERE district_code = '310117' AND type = 'WORKER' AND length(holder_name) > 1",
				String.class);
		assertThat(fullNames).isNotEmpty();
		for (Row row : rows(passes)) {
			String holder = row.getCell(2).getStringCellValue();
			assertThat(holder).contains("*");
			assertThat(fullNames).doesNotContain(holder);
			Cell validTo = row.getCell(9);
			assertThat(validTo.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(validTo)).isTrue();
		}
		Sheet enterprises = xlsx("/api/v1/exports/enterprises.xlsx", "songjiang");
		assertThat(enterprises.getRow(0).getCell(0).getStringCellValue()).isEqualTo("企业名称");
		for (Row row : rows(enterprises)) {
			assertThat(row.getCell(9).getStringCellValue()).matches("\\d{3}\\*{4}\\d{4}|\\*{4}");
		}
	}

	@Test
	void appealAndNoticeExportsHaveTheListsRowsAndAnEnterprisesNeverCarriesInternalNotes() throws Exception {
		for (String who : List.of("songjiang", "xinqiao", "fengxian", "city")) {
			long appeals = ((Number) JsonPath.read(json("/api/v1/appeals?size=1", who), "$.total")).longValue();
			assertThat(xlsx("/api/v1/exports/appeals.xlsx", who).getLastRowNum()).as(who).isEqualTo((int) appeals);
			long notices = ((Number) JsonPath.read(json("/api/v1/rectifications?size=1", who), "$.total")).longValue();
			assertThat(xlsx("/api/v1/exports/rectifications.xlsx", who).getLastRowNum()).as(who).isEqualTo((int) notices);
		}
		Map<String, Object> appeal = this.jdbc.queryForMap("""
				SELECT a.id, u.username FROM appeal a JOIN app_user u ON u.enterprise_id = a.enterprise_id
				WHERE a.district_code = '310117' ORDER BY a.id LIMIT 1""");
		String note = "内部备注-" + System.nanoTime();
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/appeals/" + appeal.get("id") + "/notes")
			.with(as("songjiang"))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"text\": \"" + note + "\"}")).andExpect(status().isCreated());
		String enterprise = (String) appeal.get("username");
		long own = ((Number) JsonPath.read(json("/api/v1/appeals?size=1", enterprise), "$.total")).longValue();
		Sheet sheet = xlsx("/api/v1/exports/appeals.xlsx", enterprise);
		assertThat(sheet.getLastRowNum()).isEqualTo((int) own).isPositive();
		for (Row row : sheet) {
			for (Cell cell : row) {
				assertThat(cell.toString()).doesNotContain(note).doesNotContain("内部备注");
			}
		}
		for (Cell header : sheet.getRow(0)) {
			assertThat(header.getStringCellValue()).doesNotContain("备注");
		}
	}

	@Test
	void everyExportIsAuditLogged() throws Exception {
		xlsx("/api/v1/exports/scans.xlsx?verdict=INVALID", "xinqiao");
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM audit_log WHERE actor = 'xinqiao' AND action = 'EXPORTED' AND target_id = 'scans'
				  AND detail LIKE '%verdict=INVALID%'""", Integer.class)).isPositive();
	}

	@Test
	void badFiltersAreFieldErrorsNotAnExportOfEverything() throws Exception {
		this.mvc.perform(get("/api/v1/exports/whitelist.xlsx?level=PLANET").with(as("songjiang")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/exports/scans.xlsx?from=soon").with(as("songjiang")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aLargeExportRunsAsAJobThatItsOwnerFollowsAndDownloads() throws Exception {
		CurrentUser city = (CurrentUser) this.users.loadUserByUsername("city");
		ExportService.Prepared prepared = this.exports.prepare(city, "enterprises", Map.of());
		String jobId = this.exports.start(city, prepared, Locale.SIMPLIFIED_CHINESE);
		String state = "RUNNING";
		long deadline = System.currentTimeMillis() + 30_000;
		String body = null;
		while ("RUNNING".equals(state) && System.currentTimeMillis() < deadline) {
			body = json("/api/v1/exports/jobs/" + jobId, "city");
			state = JsonPath.read(body, "$.state");
			Thread.sleep(100);
		}
		assertThat(state).isEqualTo("DONE");
		assertThat(((Number) JsonPath.read(body, "$.processed")).longValue()).isEqualTo(prepared.total());
		String download = JsonPath.read(body, "$.downloadUrl");
		MvcResult file = this.mvc.perform(get(download).with(as("city")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", ExportApiController.XLSX))
			.andReturn();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo((int) prepared.total());
		}
		this.mvc.perform(get("/api/v1/exports/jobs/" + jobId).with(as("songjiang"))).andExpect(status().isNotFound());
		this.mvc.perform(get(download).with(as("songjiang"))).andExpect(status().isNotFound());
		String page = this.mvc.perform(get("/exports/jobs/" + jobId).with(as("city")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("/exports/jobs/" + jobId + "/file");
	}

	private String json(String path, String who) throws Exception {
		return this.mvc.perform(get(path).with(as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Sheet xlsx(String path, String who) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo(ExportApiController.XLSX);
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			return workbook.getSheetAt(0);
		}
	}

	private static List<Row> rows(Sheet sheet) {
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i <= sheet.getLastRowNum(); i++) {
			rows.add(sheet.getRow(i));
		}
		return rows;
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
