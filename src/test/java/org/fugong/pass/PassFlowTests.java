package org.fugong.pass;

import java.time.Duration;
import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import org.fugong.security.CurrentUser;
import org.fugong.support.IntegrationTest;
import org.fugong.support.PassFixtures;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.fugong.whitelist.WhitelistEntryView;
import org.fugong.whitelist.WhitelistLevel;
import org.fugong.whitelist.WhitelistService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Worker passes end to end, through the API as an enterprise uses it: issuing
 * needs the whitelist and a recent negative test, the QR code reads back to a
 * token that verifies, and revocation, suspension, a positive test, a removed
 * entry or a deactivated employee stop it.
 */
@IntegrationTest
class PassFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	WhitelistService whitelist;

	@Autowired
	PassVerifier verifier;

	@Autowired
	KeyRing keys;

	@Autowired
	JdbcTemplate jdbc;

	private Registered enterprise;

	private WhitelistEntryView entry;

	@BeforeEach
	void whitelistedEnterprise() throws Exception {
		this.enterprise = Registrations.register(this.mvc, "310117", "310117105");
		this.entry = this.whitelist.add(as("songjiang"), this.enterprise.id(), WhitelistLevel.DISTRICT, "测试批", null);
	}

	@Test
	void issuedPassCarriesASignedTokenWhoseQrCodeReadsBack() throws Exception {
		long employee = employee("王小明", true);
		String answer = this.mvc.perform(asEnterprise(post("/api/v1/passes/worker"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"employeeId\": " + employee + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.holder").value("王*明"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
		String qrText = JsonPath.read(answer, "$.qrText");
		String link = JsonPath.read(answer, "$.holderLink");
		assertThat(link).contains("/p/");
		assertThat(qrText).doesNotContain("王小明");

		byte[] png = this.mvc.perform(asEnterprise(get("/api/v1/passes/{id}/qr.png", id)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(PassTokensTests.decodePng(png)).isEqualTo(qrText);
		assertThat(new QrCodes().version(qrText)).isLessThanOrEqualTo(10);
		assertThat(this.verifier.verify(qrText, Instant.now(), null).reason()).isEqualTo(VerificationReason.OK);

		// The worker's own page opens without an account and shows only the masked name.
		String page = this.mvc.perform(get(link.substring(link.indexOf("/p/"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("王*明").doesNotContain("王小明");
		this.mvc.perform(get(link.substring(link.indexOf("/p/")) + "/qr.png")).andExpect(status().isOk());

		// The link went out through the SMS outbox.
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM sms_outbox WHERE purpose = 'WORKER_PASS' AND body LIKE ?", Integer.class,
				"%" + link + "%"))
			.isEqualTo(1);

		// Another enterprise does not see it; an official of another district neither.
		Registered other = Registrations.register(this.mvc, "310117", "310117105");
		this.mvc.perform(get("/api/v1/passes/{id}", id).with(user(this.users.loadUserByUsername(other.username()))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/passes/{id}", id).with(user(this.users.loadUserByUsername("fengxian"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/passes/{id}", id).with(user(this.users.loadUserByUsername("songjiang"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.qrText").doesNotExist())
			.andExpect(jsonPath("$.holderName").doesNotExist());
	}

	@Test
	void issuingNeedsAnActiveWhitelistEntryARecentNegativeTestAndNoPassInDate() throws Exception {
		long tested = employee("李四", true);
		long untested = employee("赵五", false);
		Registered unlisted = Registrations.register(this.mvc, "310117", "310117105");
		this.mvc.perform(post("/api/v1/passes/worker").with(user(this.users.loadUserByUsername(unlisted.username())))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"employeeId\": " + tested + "}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value("企业不在有效的复工白名单上，不能发放通行码。"));
		issue(untested, 422);
		issue(tested, 201);
		issue(tested, 409);
		this.mvc.perform(asEnterprise(post("/api/v1/passes/worker")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"employeeId\": " + tested + ", \"validTo\": \"" + Instant.now().plus(Duration.ofDays(40)) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validTo"));
		this.whitelist.suspend(as("songjiang"), this.entry.id(), "整改");
		issue(employee("钱六", true), 422);
	}

	@Test
	void suspensionStopsPassesAndRestoreBringsThemBack() throws Exception {
		String qrText = qrTextOf(issue(employee("孙七", true), 201));
		this.whitelist.suspend(as("songjiang"), this.entry.id(), "督查发现问题");
		assertThat(this.verifier.verify(qrText, Instant.now(), null).reason())
			.isEqualTo(VerificationReason.ENTERPRISE_SUSPENDED);
		this.whitelist.restore(as("songjiang"), this.entry.id(), "整改完成");
		assertThat(this.verifier.verify(qrText, Instant.now(), null).reason()).isEqualTo(VerificationReason.OK);
	}

	@Test
	void revokedTamperedForeignAndOutOfDateTokensFail() throws Exception {
		String answer = issue(employee("周八", true), 201);
		String qrText = qrTextOf(answer);
		long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
		assertThat(this.verifier.verify(qrText, Instant.now().minus(Duration.ofHours(1)), null).reason())
			.isEqualTo(VerificationReason.NOT_YET_VALID);
		assertThat(this.verifier.verify(qrText, Instant.now().plus(Duration.ofDays(31)), null).reason())
			.isEqualTo(VerificationReason.EXPIRED);

		PassClaims claims = PassTokens.decode(qrText).orElseThrow().claims();
		PassClaims forged = new PassClaims(claims.passId(), claims.type(), claims.enterpriseId(),
				claims.enterpriseName(), claims.districtCode(), null, claims.holder(), claims.validFrom(),
				claims.validTo().plus(Duration.ofDays(300)), claims.kid());
		String withOtherKey = TestSigning.sign(forged, TestSigning.random(1));
		assertThat(this.verifier.verify(withOtherKey, Instant.now(), null).reason())
			.isEqualTo(VerificationReason.BAD_SIGNATURE);
		PassClaims unknownKey = new PassClaims(claims.passId(), claims.type(), claims.enterpriseId(),
				claims.enterpriseName(), claims.districtCode(), null, claims.holder(), claims.validFrom(),
				claims.validTo(), "k999999");
		assertThat(this.verifier.verify(TestSigning.sign(unknownKey, TestSigning.random(2)), Instant.now(), null)
			.reason())
			.isEqualTo(VerificationReason.UNKNOWN_KEY);
		assertThat(this.verifier.verify("https://example.com/not-a-pass", Instant.now(), null).reason())
			.isEqualTo(VerificationReason.MALFORMED);

		this.mvc.perform(asEnterprise(post("/api/v1/passes/{id}/revoke", id)).contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc.perform(asEnterprise(post("/api/v1/passes/{id}/revoke", id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"员工离职\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REVOKED"));
		assertThat(this.verifier.verify(qrText, Instant.now(), null).reason()).isEqualTo(VerificationReason.REVOKED);
		this.mvc.perform(asEnterprise(get("/api/v1/passes/{id}/qr.png", id))).andExpect(status().isUnprocessableEntity());
	}

	@Test
	void aPositiveTestAfterIssuingStopsThePass() throws Exception {
		long employee = employee("吴九", true);
		String qrText = qrTextOf(issue(employee, 201));
		PassFixtures.test(this.mvc, this.users.loadUserByUsername(this.enterprise.username()), employee, "POSITIVE",
				Instant.now().minusSeconds(60));
		assertThat(this.verifier.verify(qrText, Instant.now(), null).reason())
			.isEqualTo(VerificationReason.TEST_POSITIVE);
	}

	@Test
	void issuingToAllGivesEveryEligibleEmployeeOnePass() throws Exception {
		employee("甲一", true);
		employee("乙二", true);
		long holder = employee("丙三", true);
		employee("丁四", false);
		issue(holder, 201);
		this.mvc.perform(asEnterprise(post("/api/v1/passes/worker/bulk")).contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.issued").value(2))
			.andExpect(jsonPath("$.alreadyHeld").value(1))
			.andExpect(jsonPath("$.testOverdue").value(1));
		this.mvc.perform(asEnterprise(get("/api/v1/passes")).param("status", "ACTIVE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM pass p WHERE p.enterprise_id = ? AND p.holder_link_hash IS NOT NULL", Integer.class,
				this.enterprise.id()))
			.isEqualTo(3);
	}

	@Test
	void renewingGivesANewTokenAndTheOldOneStillVerifies() throws Exception {
		String answer = issue(employee("郑十", true), 201);
		long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
		String old = qrTextOf(answer);
		String renewed = this.mvc.perform(asEnterprise(post("/api/v1/passes/{id}/renew", id))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"validTo\": \"" + Instant.now().plus(Duration.ofDays(20)) + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(renewed, "$.qrText");
		assertThat(token).isNotEqualTo(old);
		assertThat(this.verifier.verify(token, Instant.now(), null).valid()).isTrue();
		assertThat(this.verifier.verify(old, Instant.now(), null).valid()).isTrue();
	}

	@Test
	void rotatedKeysKeepVerifyingWhatTheySigned() throws Exception {
		String before = qrTextOf(issue(employee("冯一", true), 201));
		String kid = this.keys.rotate();
		String after = qrTextOf(issue(employee("陈二", true), 201));
		assertThat(PassTokens.decode(after).orElseThrow().claims().kid()).isEqualTo(kid);
		assertThat(PassTokens.decode(before).orElseThrow().claims().kid()).isNotEqualTo(kid);
		assertThat(this.verifier.verify(before, Instant.now(), null).valid()).isTrue();
		assertThat(this.verifier.verify(after, Instant.now(), null).valid()).isTrue();
		String published = this.mvc.perform(get("/api/v1/pass-keys"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(published).contains("\"" + kid + "\"")
			.contains("\"" + PassTokens.decode(before).orElseThrow().claims().kid() + "\"")
			.doesNotContain("private");
	}

	@Test
	void removingTheEntryOrDeactivatingTheEmployeeRevokes() throws Exception {
		long leaving = employee("褚三", true);
		String leavingToken = qrTextOf(issue(leaving, 201));
		String stayingToken = qrTextOf(issue(employee("卫四", true), 201));
		this.mvc.perform(asEnterprise(post("/api/v1/employees/{id}/deactivate", leaving)))
			.andExpect(status().is2xxSuccessful());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.verifier.verify(leavingToken, Instant.now(), null).reason())
				.isEqualTo(VerificationReason.REVOKED));
		assertThat(this.verifier.verify(stayingToken, Instant.now(), null).valid()).isTrue();
		this.whitelist.remove(as("songjiang"), this.entry.id(), "企业停产");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.verifier.verify(stayingToken, Instant.now(), null).reason())
				.isEqualTo(VerificationReason.REVOKED));
	}

	private String issue(long employee, int expected) throws Exception {
		return this.mvc.perform(asEnterprise(post("/api/v1/passes/worker")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"employeeId\": " + employee + "}"))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String qrTextOf(String answer) {
		return JsonPath.read(answer, "$.qrText");
	}

	private long employee(String name, boolean tested) throws Exception {
		return PassFixtures.employee(this.mvc, this.users.loadUserByUsername(this.enterprise.username()), name, tested);
	}

	private MockHttpServletRequestBuilder asEnterprise(MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername(this.enterprise.username())));
	}

	private CurrentUser as(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
