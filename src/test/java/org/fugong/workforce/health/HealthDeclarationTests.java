package org.fugong.workforce.health;

import java.time.Instant;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.TimeFormat;
import org.fugong.pass.PassVerifier;
import org.fugong.pass.VerificationReason;
import org.fugong.security.CurrentUser;
import org.fugong.support.IntegrationTest;
import org.fugong.support.PassFixtures;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.whitelist.WhitelistLevel;
import org.fugong.whitelist.WhitelistService;
import org.fugong.workforce.Workforces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Daily health declarations: the fever boundary (37.2 passes, 37.3 stops), symptoms
 * and quarantine statuses stop the pass at the gate with HEALTH_DECLARATION until a
 * newer normal declaration, entries from the roster page, the holder's link and a
 * CSV import with row errors, and input that is wrong changes nothing.
 */
@IntegrationTest
class HealthDeclarationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	WhitelistService whitelist;

	@Autowired
	PassVerifier verifier;

	@Autowired
	JdbcTemplate jdbc;

	private Registered enterprise;

	private UserDetails account;

	@BeforeEach
	void whitelistedEnterprise() throws Exception {
		this.enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.whitelist.add((CurrentUser) this.users.loadUserByUsername("songjiang"), this.enterprise.id(),
				WhitelistLevel.DISTRICT, "测试批", null);
		this.account = this.users.loadUserByUsername(this.enterprise.username());
	}

	@Test
	void feverFromThirtySevenPointThreeStopsThePassAndANormalDeclarationLetsItThrough() throws Exception {
		long employee = PassFixtures.employee(this.mvc, this.account, "钱发热", true);
		String qrText = issue(employee);
		assertThat(reason(qrText)).isEqualTo(VerificationReason.OK);

		declare(employee, TimeFormat.today(), "37.2", "[]", "NONE").andExpect(status().isCreated())
			.andExpect(jsonPath("$.abnormal").value(false));
		assertThat(reason(qrText)).isEqualTo(VerificationReason.OK);

		declare(employee, TimeFormat.today(), "37.3", "[]", "NONE").andExpect(status().isCreated())
			.andExpect(jsonPath("$.abnormal").value(true));
		assertThat(reason(qrText)).isEqualTo(VerificationReason.HEALTH_DECLARATION);

		// The same day again corrects it: one row, normal again.
		declare(employee, TimeFormat.today(), "36.6", "[]", "NONE").andExpect(status().isCreated());
		assertThat(reason(qrText)).isEqualTo(VerificationReason.OK);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM workforce_health_declaration WHERE employee_id = ?", Integer.class, employee))
			.isEqualTo(1);
	}

	@Test
	void symptomsOrAQuarantineStatusStopThePassUntilANewerNormalDeclaration() throws Exception {
		long coughing = PassFixtures.employee(this.mvc, this.account, "孙咳嗽", true);
		String coughingPass = issue(coughing);
		declare(coughing, TimeFormat.today(), "36.5", "[\"咳嗽\", \"乏力\"]", "NONE").andExpect(status().isCreated())
			.andExpect(jsonPath("$.symptoms.length()").value(2));
		assertThat(reason(coughingPass)).isEqualTo(VerificationReason.HEALTH_DECLARATION);

		long quarantined = PassFixtures.employee(this.mvc, this.account, "李隔离", true);
		String quarantinedPass = issue(quarantined);
		// Yesterday's home quarantine still stands today: the latest declaration decides.
		declare(quarantined, TimeFormat.today().minusDays(1), "36.5", "[]", "HOME").andExpect(status().isCreated());
		assertThat(reason(quarantinedPass)).isEqualTo(VerificationReason.HEALTH_DECLARATION);
		declare(quarantined, TimeFormat.today(), "36.5", "[]", "NONE").andExpect(status().isCreated());
		assertThat(reason(quarantinedPass)).isEqualTo(VerificationReason.OK);
	}

	@Test
	void aPositiveTestIsAnsweredBeforeTheDeclaration() throws Exception {
		long employee = PassFixtures.employee(this.mvc, this.account, "周两项", true);
		String qrText = issue(employee);
		declare(employee, TimeFormat.today(), "38.0", "[]", "CENTRALIZED").andExpect(status().isCreated());
		PassFixtures.test(this.mvc, this.account, employee, "POSITIVE", Instant.now().minusSeconds(30));
		assertThat(reason(qrText)).isEqualTo(VerificationReason.TEST_POSITIVE);
	}

	@Test
	void badInputIsRefusedFieldByFieldAndChangesNothing() throws Exception {
		long employee = PassFixtures.employee(this.mvc, this.account, "吴错填", false);
		declare(employee, TimeFormat.today().plusDays(1), "42.9", "[]", "NONE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		declare(employee, TimeFormat.today(), "43.1", "[]", "NONE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("temperature"));
		declare(employee, TimeFormat.today(), "36.55", "[]", "NONE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("temperature"));
		declare(employee, TimeFormat.today().minusDays(8), "36.5", "[]", "NONE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		this.mvc.perform(post("/api/v1/employees/{id}/health", employee).with(user(this.account))
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"date\": \"" + TimeFormat.today() + "\", \"temperature\": 36.5}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quarantineStatus"));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM workforce_health_declaration WHERE employee_id = ?", Integer.class, employee))
			.isZero();

		// Another enterprise's employee is not found.
		Registered other = Registrations.register(this.mvc, "310117", "310117105");
		this.mvc.perform(post("/api/v1/employees/{id}/health", employee)
			.with(user(this.users.loadUserByUsername(other.username())))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(TimeFormat.today(), "36.5", "[]", "NONE")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theRosterPageAndTheHoldersOwnLinkRecordDeclarations() throws Exception {
		long employee = PassFixtures.employee(this.mvc, this.account, "郑手机", true);
		String answer = this.mvc.perform(post("/api/v1/passes/worker").with(user(this.account))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"employeeId\": " + employee + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String qrText = JsonPath.read(answer, "$.qrText");
		String link = JsonPath.read(answer, "$.holderLink");
		String path = link.substring(link.indexOf("/p/"));

		this.mvc.perform(get(path)).andExpect(status().isOk());
		this.mvc.perform(post(path + "/health").with(csrf()).param("temperature", "37.5").param("symptoms", "")
			.param("quarantineStatus", "NONE"))
			.andExpect(status().is3xxRedirection());
		assertThat(reason(qrText)).isEqualTo(VerificationReason.HEALTH_DECLARATION);
		assertThat(this.jdbc.queryForObject(
				"SELECT source FROM workforce_health_declaration WHERE employee_id = ? AND declared_on = ?",
				String.class, employee, TimeFormat.today()))
			.isEqualTo("HOLDER");
		// A bad temperature is shown on the page, not stored.
		this.mvc.perform(post(path + "/health").with(csrf()).param("temperature", "99")
			.param("quarantineStatus", "NONE"))
			.andExpect(status().isOk());
		this.mvc.perform(post("/p/not-a-real-link/health").with(csrf()).param("temperature", "36.5")
			.param("quarantineStatus", "NONE"))
			.andExpect(status().isNotFound());

		this.mvc.perform(post("/workforce/employees/{id}/health", employee).with(user(this.account)).with(csrf())
			.param("date", TimeFormat.today().toString())
			.param("temperature", "36.8")
			.param("symptoms", "")
			.param("quarantineStatus", "NONE"))
			.andExpect(status().is3xxRedirection());
		assertThat(reason(qrText)).isEqualTo(VerificationReason.OK);
		this.mvc.perform(get("/workforce/employees/{id}/health", employee).with(user(this.account)))
			.andExpect(status().isOk());
	}

	@Test
	void aCsvImportDeclaresGoodRowsAndReportsBadOnes() throws Exception {
		long employee = PassFixtures.employee(this.mvc, this.account, "冯导入", true);
		String csv = """
				姓名,手机号,日期,体温,症状,隔离状态
				冯导入,13900139000,%s,37.4,咳嗽、发热,无
				冯导入,13900139000,%s,abc,,无
				无此人,13900139001,%s,36.5,,无
				冯导入,13900139000,%s,36.5,,在家
				""".formatted(TimeFormat.today(), TimeFormat.today().minusDays(1), TimeFormat.today(),
				TimeFormat.today().minusDays(2));
		String answer = this.mvc.perform(post("/api/v1/employees/health/import").with(user(this.account))
			.contentType("text/csv")
			.content(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String status = Workforces.awaitImport(this.mvc, this.enterprise, JsonPath.read(answer, "$.jobId"));
		assertThat(((Number) JsonPath.read(status, "$.imported")).intValue()).isEqualTo(1);
		assertThat(((Number) JsonPath.read(status, "$.errorCount")).intValue()).isEqualTo(3);
		assertThat(this.jdbc.queryForObject(
				"SELECT abnormal FROM workforce_health_declaration WHERE employee_id = ? AND declared_on = ?",
				Boolean.class, employee, TimeFormat.today()))
			.isTrue();
	}

	private ResultActions declare(long employee, LocalDate date, String temperature, String symptoms,
			String quarantine) throws Exception {
		return this.mvc.perform(post("/api/v1/employees/{id}/health", employee).with(user(this.account))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(date, temperature, symptoms, quarantine)));
	}

	private static String body(LocalDate date, String temperature, String symptoms, String quarantine) {
		return """
				{"date": "%s", "temperature": %s, "symptoms": %s, "quarantineStatus": "%s"}
				""".formatted(date, temperature, symptoms, quarantine);
	}

	private String issue(long employee) throws Exception {
		String answer = this.mvc.perform(post("/api/v1/passes/worker").with(user(this.account))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"employeeId\": " + employee + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(answer, "$.qrText");
	}

	private VerificationReason reason(String qrText) {
		return this.verifier.verify(qrText, Instant.now(), null).reason();
	}

}
