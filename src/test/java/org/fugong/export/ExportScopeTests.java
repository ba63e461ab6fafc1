package org.fugong.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fugong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each list and its export share one scope type: for the same filter and role
 * they answer the same rows (by the row's key), not only as many.
 */
@IntegrationTest
class ExportScopeTests {

	private static final List<String> OFFICIALS = List.of("city", "songjiang", "xinqiao");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theWhitelistAndItsExportHoldTheSameEntries() throws Exception {
		for (String filters : List.of("", "level=DISTRICT", "status=ACTIVE&region=310117105", "status=SUSPENDED")) {
			for (String who : OFFICIALS) {
				assertSameRows("/api/v1/whitelist?" + filters, "creditCode", "whitelist", filters, 1, who);
			}
		}
	}

	@Test
	void theEnterpriseListAndItsExportHoldTheSameEnterprises() throws Exception {
		for (String filters : List.of("", "q=科技", "q=9131")) {
			for (String who : OFFICIALS) {
				assertSameRows("/api/v1/enterprises?" + filters, "creditCode", "enterprises", filters, 1, who);
			}
		}
	}

	@Test
	void thePassListAndItsExportHoldTheSamePasses() throws Exception {
		for (String filters : List.of("", "status=ACTIVE", "status=EXPIRED&type=WORKER", "status=REVOKED",
				"expiringSoon=true", "q=王")) {
			for (String who : List.of("city", "songjiang", "xinqiao", "ent-jiuting")) {
				assertSameRows("/api/v1/passes?" + filters, "id", "passes", filters, 0, who);
			}
		}
	}

	@Test
	void theApplicationQueueAndItsExportHoldTheSameApplications() throws Exception {
		for (String filters : List.of("", "overdue=true", "state=APPROVED", "state=SUBMITTED&region=310117105")) {
			for (String who : OFFICIALS) {
				assertSameRows("/api/v1/applications?" + filters, "id", "applications", filters, 0, who);
			}
		}
	}

	@Test
	void theMarketOversightAndItsExportHoldTheSamePosts() throws Exception {
		for (String filters : List.of("", "kind=DEMAND", "state=OPEN", "q=口罩")) {
			for (String who : OFFICIALS) {
				assertSameRows("/api/v1/market/oversight?" + filters, "id", "market-posts", filters, 0, who);
			}
		}
	}

	private void assertSameRows(String page, String key, String list, String filters, int column, String who)
			throws Exception {
		List<String> listed = new ArrayList<>();
		long total;
		int n = 0;
		do {
			String json = json(page + "&size=100&page=" + n++, who);
			List<Object> keys = JsonPath.read(json, "$.items[*]." + key);
			keys.forEach((k) -> listed.add(String.valueOf(k)));
			total = ((Number) JsonPath.read(json, "$.total")).longValue();
		}
		while (listed.size() < total && n < 100);
		Sheet sheet = xlsx("/api/v1/exports/" + list + ".xlsx?" + filters, who);
		List<String> exported = new ArrayList<>();
		for (int i = 1; i <= sheet.getLastRowNum(); i++) {
			Cell cell = sheet.getRow(i).getCell(column);
			exported.add((cell.getCellType() == CellType.NUMERIC) ? String.valueOf((long) cell.getNumericCellValue())
					: cell.getStringCellValue());
		}
		assertThat(exported).as("%s?%s as %s", list, filters, who).containsExactlyInAnyOrderElementsOf(listed);
	}

	private String json(String path, String who) throws Exception {
		return this.mvc.perform(get(path).with(user(this.users.loadUserByUsername(who))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Sheet xlsx(String path, String who) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(user(this.users.loadUserByUsername(who))))
			.andExpect(status().isOk())
			.andReturn();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			return workbook.getSheetAt(0);
		}
	}

}
