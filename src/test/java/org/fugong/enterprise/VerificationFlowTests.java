package org.fugong.enterprise;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.fugong.support.IntegrationTest;
import org.fugong.support.PassFixtures;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.support.SelfChecks;
import org.fugong.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Enterprise verification through the API: a squatter on a real company's credit
 * code stays PENDING and can neither submit, be whitelisted nor issue passes; an
 * official of the region rejects with a note or verifies, once; a rejected
 * enterprise corrects its licence and asks again.
 */
@IntegrationTest
class VerificationFlowTests {

	private static final String SONGJIANG = "310117";

	private static final String XINQIAO = "310117105";

	private static final String APPLICATION = """
			{"plannedResumeDate": "2027-01-04", "returningStaff": 20, "dormitoryBeds": 0,
			 "closedLoop": "厂区与宿舍两点一线，专车接送", "notes": "首批复工",
			 "samplingPoint": {"location": "一号门岗东侧", "liaison": {"name": "王五", "phone": "13800000001"},
			                   "sampler": "赵六 13800000002", "scanner": {"name": "钱七", "phone": "13800000003"}}}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSquatterOnARealCompanysCodeCannotSubmitBeWhitelistedOrIssuePasses() throws Exception {
		String realCode = TestData.creditCode();
		String realName = "上海真实精密机械有限公司" + realCode.substring(10, 16);
		Registered squatter = Registrations.registerPending(this.mvc, realCode, "上海冒名贸易有限公司",
				TestData.username("squat"), SONGJIANG, XINQIAO);
		this.mvc.perform(get("/api/v1/enterprises/{id}", squatter.id()).with(as(squatter.username())))
			.andExpect(jsonPath("$.verification").value("PENDING"));

		// What it may do before verification: its roster, its self-check and a draft.
		long employee = PassFixtures.employee(this.mvc, this.users.loadUserByUsername(squatter.username()), "王小明",
				true);
		SelfChecks.pass(this.mvc, squatter.username(), Registrations.PASSWORD);
		String draft = this.mvc.perform(post("/api/v1/applications").with(httpBasic(squatter.username(), Registrations.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(APPLICATION)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long application = ((Number) JsonPath.read(draft, "$.id")).longValue();

		// What it may not: submit, be listed by hand or by the city's file, issue worker or vehicle passes.
		this.mvc.perform(post("/api/v1/applications/{id}/submit", application).with(as(squatter.username())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("核验")));
		this.mvc.perform(post("/api/v1/whitelist").with(as("songjiang"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": " + squatter.id() + ", \"level\": \"DISTRICT\", \"batch\": \"首批\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("核验")))
			.andExpect(jsonPath("$.errors[0].field").value("enterpriseId"));
		String csv = "统一社会信用代码,企业名称,批次,原因\n" + realCode + "," + realName + ",第五批,\n";
		this.mvc.perform(multipart("/whitelist/import")
			.file(new MockMultipartFile("file", "名单.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(as("city"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("上海冒名贸易有限公司")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("企业尚未通过核验")));
		this.mvc.perform(post("/api/v1/passes/worker").with(as(squatter.username()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"employeeId\": " + employee + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("核验")));
		java.time.OffsetDateTime tomorrow = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8))
			.plusDays(1)
			.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		this.mvc.perform(post("/api/v1/passes/vehicle").with(as(squatter.username()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"plate": "沪A12345", "vehicleType": "COLD_CHAIN", "driverName": "王建国", "driverPhone": "13912345678",
					 "driverIdNumber": "%s", "scope": "CITY", "origin": "新桥", "destination": "外高桥",
					 "validFrom": "%s", "validTo": "%s", "cargo": "冷链原料"}
					""".formatted(org.fugong.common.IdNumbers.of("310120", java.time.LocalDate.of(1978, 3, 14), 31),
					tomorrow, tomorrow.plusDays(1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("核验")));

		assertThat(count("SELECT count(*) FROM whitelist_entry WHERE enterprise_id = ?", squatter.id())).isZero();
		assertThat(count("SELECT count(*) FROM pass WHERE enterprise_id = ?", squatter.id())).isZero();
		assertThat(this.jdbc.queryForObject("SELECT state FROM resumption_request WHERE id = ?", String.class,
				application)).isEqualTo("DRAFT");
	}

	@Test
	void anOfficialRejectsWithANoteTheEnterpriseCorrectsItsLicenceAndIsVerifiedOnce() throws Exception {
		Registered enterprise = Registrations.registerPending(this.mvc, SONGJIANG, XINQIAO);
		this.mvc.perform(get("/api/v1/enterprises/{id}", enterprise.id()).with(as(enterprise.username())))
			.andExpect(jsonPath("$.verification").value("PENDING"))
			.andExpect(jsonPath("$.legalRepresentative").value("李四"))
			.andExpect(jsonPath("$.licence.filename").value("营业执照.pdf"))
			.andExpect(jsonPath("$.licence.sha256").isString());

		this.mvc.perform(decide("xinqiao", enterprise.id(), "{\"decision\": \"REJECTED\", \"note\": \" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		this.mvc.perform(decide("xinqiao", enterprise.id(), "{\"decision\": \"PENDING\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("decision"));
		this.mvc.perform(decide("xinqiao", enterprise.id(),
				"{\"decision\": \"REJECTED\", \"note\": \"执照上的法定代表人与填写的不一致\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verification").value("REJECTED"))
			.andExpect(jsonPath("$.verificationDecidedBy").value("xinqiao"))
			.andExpect(jsonPath("$.verificationDecidedAt").isString());
		this.mvc.perform(decide("songjiang", enterprise.id(), "{\"decision\": \"VERIFIED\"}"))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM notification WHERE enterprise_id = ? AND message_key = 'verification.inbox.REJECTED'",
				Long.class, enterprise.id())).isOne();
		assertThat(this.jdbc.queryForObject(
				"SELECT actor FROM audit_log WHERE action = 'ENTERPRISE_REJECTED' AND target_id = ?", String.class,
				Long.toString(enterprise.id()))).isEqualTo("xinqiao");
		this.mvc.perform(post("/api/v1/applications").with(httpBasic(enterprise.username(), Registrations.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(APPLICATION)).andExpect(status().isCreated());

		this.mvc.perform(multipart("/api/v1/enterprises/{id}/licence", enterprise.id())
			.file(new MockMultipartFile("file", "新执照.pdf", "application/pdf", Registrations.LICENCE_PDF))
			.param("legalRepresentative", "王五")
			.with(as(enterprise.username())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verification").value("PENDING"))
			.andExpect(jsonPath("$.legalRepresentative").value("王五"))
			.andExpect(jsonPath("$.verificationNote").doesNotExist());
		this.mvc.perform(decide("songjiang", enterprise.id(), "{\"decision\": \"VERIFIED\", \"note\": \"已核对执照原件\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verification").value("VERIFIED"))
			.andExpect(jsonPath("$.verificationDecidedBy").value("songjiang"));
		this.mvc.perform(decide("xinqiao", enterprise.id(), "{\"decision\": \"REJECTED\", \"note\": \"再次\"}"))
			.andExpect(status().isConflict());
		this.mvc.perform(multipart("/api/v1/enterprises/{id}/licence", enterprise.id())
			.file(new MockMultipartFile("file", "新执照.pdf", "application/pdf", Registrations.LICENCE_PDF))
			.param("legalRepresentative", "赵六")
			.with(as(enterprise.username())))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM notification WHERE enterprise_id = ? AND message_key = 'verification.inbox.VERIFIED'",
				Long.class, enterprise.id())).isOne();
		this.mvc.perform(post("/api/v1/whitelist").with(as("songjiang"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": " + enterprise.id() + ", \"level\": \"DISTRICT\", \"batch\": \"首批\"}"))
			.andExpect(status().isCreated());
	}

	@Test
	void aStaleDecisionIsAConflictAndTwoAtOnceDecideOnce() throws Exception {
		Registered enterprise = Registrations.registerPending(this.mvc, SONGJIANG, XINQIAO);
		long version = this.jdbc.queryForObject("SELECT version FROM enterprise WHERE id = ?", Long.class,
				enterprise.id());
		this.mvc.perform(decide("xinqiao", enterprise.id(), "{\"decision\": \"VERIFIED\", \"version\": " + (version + 7) + "}"))
			.andExpect(status().isConflict());
		int[] statuses = new int[2];
		Thread[] threads = new Thread[2];
		for (int i = 0; i < 2; i++) {
			int n = i;
			threads[i] = new Thread(() -> {
				try {
					statuses[n] = this.mvc
						.perform(decide((n == 0) ? "xinqiao" : "songjiang", enterprise.id(),
								"{\"decision\": \"VERIFIED\", \"version\": " + version + "}"))
						.andReturn()
						.getResponse()
						.getStatus();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			threads[i].start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_log WHERE action = 'ENTERPRISE_VERIFIED' AND target_id = ?", Long.class,
				Long.toString(enterprise.id()))).isOne();
	}

	@Test
	void aJsonRegistrationHandsTheLicenceInAfterwardsAndTheLicenceIsCheckedByItsContent() throws Exception {
		String username = TestData.username("json");
		String body = this.mvc.perform(post("/api/v1/enterprises/register").contentType(MediaType.APPLICATION_JSON)
			.content(Registrations.json(TestData.creditCode(), username, SONGJIANG, XINQIAO)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.verification").value("PENDING"))
			.andExpect(jsonPath("$.licence").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		this.mvc.perform(decide("songjiang", id, "{\"decision\": \"VERIFIED\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("decision"));
		this.mvc.perform(multipart("/api/v1/enterprises/{id}/licence", id)
			.file(new MockMultipartFile("file", "执照.pdf", "application/pdf", "<script>alert(1)</script>".getBytes()))
			.param("legalRepresentative", "李四")
			.with(as(username)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		this.mvc.perform(multipart("/api/v1/enterprises/{id}/licence", id)
			.file(new MockMultipartFile("file", "执照.pdf", "application/pdf", Registrations.LICENCE_PDF))
			.with(as(username)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("legalRepresentative"));
		assertThat(this.jdbc.queryForObject("SELECT licence_storage_key FROM enterprise WHERE id = ?", String.class, id))
			.isNull();
		this.mvc.perform(multipart("/api/v1/enterprises/{id}/licence", id)
			.file(new MockMultipartFile("file", "执照.pdf", "application/pdf", Registrations.LICENCE_PDF))
			.param("legalRepresentative", "李四")
			.with(as(username)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.licence.contentType").value("application/pdf"));
		this.mvc.perform(get("/api/v1/enterprises/{id}/licence", id).with(as("xinqiao")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.bytes(Registrations.LICENCE_PDF));
		this.mvc.perform(decide("songjiang", id, "{\"decision\": \"VERIFIED\"}")).andExpect(status().isOk());
	}

	@Test
	void aMultipartRegistrationWithoutTheLicenceIsRefusedAndStoresNothing() throws Exception {
		String code = TestData.creditCode();
		this.mvc.perform(multipart("/api/v1/enterprises/register").param("creditCode", code)
			.param("name", "无执照企业")
			.param("districtCode", SONGJIANG)
			.param("townCode", XINQIAO)
			.param("address", "测试路 1 号")
			.param("industry", "MANUFACTURING")
			.param("staffCount", "10")
			.param("contactName", "张三")
			.param("contactPhone", "13800138000")
			.param("username", TestData.username("nolic"))
			.param("password", Registrations.PASSWORD))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					org.hamcrest.Matchers.hasItems("licence", "legalRepresentative")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM enterprise WHERE credit_code = ?", Long.class, code))
			.isZero();
	}

	private RequestBuilder decide(String official, long id, String json) {
		return post("/api/v1/enterprises/{id}/verification", id).with(as(official))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private long count(String sql, long id) {
		return this.jdbc.queryForObject(sql, Long.class, id);
	}

}
