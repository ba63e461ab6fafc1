package org.fugong.vehicle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.IdNumbers;
import org.fugong.pass.PassVerifier;
import org.fugong.support.IntegrationTest;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Vehicle trips end to end over HTTP: the whitelist rule, field errors in the
 * reader's language, the driver whitelist flag, the district's decision with
 * its pass, text message and inbox notice, stale versions, and the pages.
 */
@IntegrationTest
class VehicleFlowTests {

	private static final String FENGXIAN = "310120";

	private static final String NANQIAO = "310120101";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PassVerifier verifier;

	private static int sequence = (int) (System.nanoTime() % 900);

	@Test
	void anEnterpriseOffTheWhitelistIsToldWhyAndNothingIsSaved() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, FENGXIAN, NANQIAO);
		this.mvc.perform(post("/api/v1/passes/vehicle").with(as(enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content(trip("沪A12345", newDriverId(), tomorrow(), tomorrow().plus(2, ChronoUnit.DAYS))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("白名单")));
		assertThat(tripsOf(enterprise)).isZero();
	}

	@Test
	void everyBadFieldIsNamedInTheReadersLanguageAndNothingIsSaved() throws Exception {
		Registered enterprise = whitelisted();
		this.mvc.perform(post("/api/v1/passes/vehicle").with(as(enterprise))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"plate": "沪AI2345", "vehicleType": "TRUCK", "driverName": "", "driverPhone": "12345",
					 "driverIdNumber": "310120197803140312", "scope": "CITY", "origin": "南桥", "destination": "外高桥",
					 "validFrom": "%s", "validTo": "%s"}
					""".formatted(tomorrow(), tomorrow().plusDays(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("plate")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("driverName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("driverPhone")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("driverIdNumber")))
			.andExpect(jsonPath("$.errors[?(@.field == 'plate')].message", hasItem(containsString("plate"))));
		// The window: too long, ending before it starts, ending in the past.
		this.mvc.perform(post("/api/v1/passes/vehicle").with(as(enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content(trip("沪A12345", newDriverId(), tomorrow(), tomorrow().plusDays(31))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'validTo')].message", hasItem(containsString("30"))));
		this.mvc.perform(post("/api/v1/passes/vehicle").with(as(enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content(trip("沪A12345", newDriverId(), tomorrow(), tomorrow().minusHours(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("validTo")));
		this.mvc.perform(post("/api/v1/passes/vehicle").with(as(enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content(trip("沪A12345", newDriverId(), tomorrow().minusDays(3), tomorrow().minusDays(2))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'validTo')].message", hasItem(containsString("已过"))));
		assertThat(tripsOf(enterprise)).isZero();

		// The page form shows the same problems beside the fields.
		this.mvc.perform(post("/vehicles/new").with(csrf()).with(page(enterprise))
			.param("plate", "沪AO1234")
			.param("vehicleType", "TRUCK")
			.param("driverName", "王五")
			.param("driverPhone", "13900000000")
			.param("driverIdNumber", "310120197803140311")
			.param("scope", "DISTRICT")
			.param("origin", "南桥")
			.param("destination", "金汇")
			.param("validFrom", "2030-01-02T08:00")
			.param("validTo", "2030-01-01T08:00"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("form", "plate", "driverIdNumber"));
		this.mvc.perform(post("/vehicles/new").with(csrf()).with(page(enterprise))
			.param("plate", "沪a·12345")
			.param("vehicleType", "TRUCK")
			.param("driverName", "王五")
			.param("driverPhone", "13900000000")
			.param("driverIdNumber", newDriverId())
			.param("scope", "DISTRICT")
			.param("origin", "南桥")
			.param("destination", "金汇")
			.param("validFrom", "2030-01-02T08:00")
			.param("validTo", "2030-01-01T08:00"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("form", "validTo"));
		assertThat(tripsOf(enterprise)).isZero();
	}

	@Test
	void approvalIssuesAVerifyingPassTextsTheDriverAndTellsTheEnterprise() throws Exception {
		Registered enterprise = whitelisted();
		Registered other = whitelisted();
		String driverId = newDriverId();
		String phone = "139" + String.format(Locale.ROOT, "%08d", Math.abs(System.nanoTime()) % 100_000_000L);
		// The district knows the driver: the trip is flagged.
		String added = this.mvc.perform(post("/api/v1/drivers").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"王建国\", \"idNumber\": \"%s\", \"phone\": \"13916002001\"}".formatted(driverId)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.idNumber").value(not(driverId)))
			.andReturn().getResponse().getContentAsString();
		long driver = ((Number) JsonPath.read(added, "$.id")).longValue();
		this.mvc.perform(post("/api/v1/drivers").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"王建国\", \"idNumber\": \"%s\"}".formatted(driverId.toLowerCase())))
			.andExpect(status().isConflict());

		String created = this.mvc.perform(post("/api/v1/passes/vehicle").with(as(enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content(trip("沪a 6k352", driverId, phone, OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1),
					tomorrow().plusDays(3))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.plate").value("沪A6K352"))
			.andExpect(jsonPath("$.driverWhitelisted").value(true))
			.andExpect(jsonPath("$.driverIdNumber").value(IdNumbers.normalize(driverId).substring(0, 4) + "**********"
					+ driverId.substring(14)))
			.andExpect(jsonPath("$.driverPhone").value(phone))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		int version = JsonPath.read(created, "$.version");
		assertThat(this.jdbc.queryForObject("SELECT driver_id_encrypted FROM vehicle_trip WHERE id = ?", String.class,
				id)).doesNotContain(driverId);

		// Who sees it: its enterprise and the officials of its district, nobody else.
		this.mvc.perform(get("/api/v1/passes/vehicle/" + id).with(as(other))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/passes/vehicle/" + id).with(official("songjiang"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/passes/vehicle/" + id).with(official("fengxian")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.driverPhone").value(phone.substring(0, 3) + "****" + phone.substring(7)));
		this.mvc.perform(get("/api/v1/passes/vehicle").param("plate", "6K3").param("status", "PENDING")
			.with(official("fengxian")))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
		this.mvc.perform(get("/vehicles/review").param("whitelisted", "true").with(official("fengxian")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("沪A6K352")));
		this.mvc.perform(post("/api/v1/passes/vehicle/" + id + "/decisions").with(official("songjiang"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"APPROVE\"}"))
			.andExpect(status().isNotFound());

		// A stale version is refused; then the approval with the current one.
		this.mvc.perform(post("/api/v1/passes/vehicle/" + id + "/decisions").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"APPROVE\", \"version\": %d}".formatted(version + 1)))
			.andExpect(status().isConflict());
		String approved = this.mvc.perform(post("/api/v1/passes/vehicle/" + id + "/decisions").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"APPROVE\", \"opinion\": \"同意\", \"version\": %d}".formatted(version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.passStatus").value("ACTIVE"))
			.andExpect(jsonPath("$.passValidTo").isString())
			.andExpect(jsonPath("$.qrText").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		long passId = ((Number) JsonPath.read(approved, "$.passId")).longValue();
		this.mvc.perform(post("/api/v1/passes/vehicle/" + id + "/decisions").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"REJECT\", \"opinion\": \"晚了\"}"))
			.andExpect(status().isConflict());

		// The driver's text, the enterprise's notice, the audit log.
		assertThat(this.jdbc.queryForList("SELECT body FROM sms_outbox WHERE phone = ? AND purpose = 'VEHICLE_PASS'",
				String.class, phone)).singleElement().asString().contains("沪A6K352").contains("/p/");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM notification WHERE enterprise_id = ? AND message_key = 'vehicle.inbox.APPROVED'",
				Integer.class, enterprise.id())).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_log WHERE action = 'VEHICLE_TRIP_APPROVED' AND target_id = ?",
				Integer.class, Long.toString(id))).isEqualTo(1);

		// The enterprise holds the QR text, which verifies; the QR image is served.
		String mine = this.mvc.perform(get("/api/v1/passes/vehicle/" + id).with(as(enterprise)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passId").value(passId))
			.andReturn().getResponse().getContentAsString();
		String qrText = JsonPath.read(mine, "$.qrText");
		assertThat(this.verifier.verify(qrText, Instant.now(), null).valid()).isTrue();
		this.mvc.perform(get("/api/v1/passes/" + passId + "/qr.png").with(as(enterprise)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/vehicles/" + id).with(page(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/passes/" + passId + "/qr.png")));

		// The enterprise revokes it from the trip page.
		this.mvc.perform(post("/vehicles/" + id + "/revoke").with(csrf()).with(page(enterprise)).param("reason", "车辆故障"))
			.andExpect(redirectedUrlPattern("/vehicles/*"));
		this.mvc.perform(get("/api/v1/passes/vehicle/" + id).with(as(enterprise)))
			.andExpect(jsonPath("$.passStatus").value("REVOKED"));
		assertThat(this.verifier.verify(qrText, Instant.now(), null).valid()).isFalse();

		// Removing the driver unflags nothing decided; the list no longer holds them.
		this.mvc.perform(delete("/api/v1/drivers/" + driver).with(official("songjiang"))).andExpect(status().isNotFound());
		this.mvc.perform(delete("/api/v1/drivers/" + driver).with(official("fengxian"))).andExpect(status().isNoContent());
	}

	@Test
	void rejectionNeedsAnOpinionAndTheEnterpriseMayWithdrawAPendingTrip() throws Exception {
		Registered enterprise = whitelisted();
		long first = register(enterprise, "沪B12345");
		this.mvc.perform(post("/api/v1/passes/vehicle/" + first + "/decisions").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"REJECT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("opinion")));
		this.mvc.perform(post("/api/v1/passes/vehicle/" + first + "/decisions").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"REJECT\", \"opinion\": \"始发地风险较高\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.opinion").value("始发地风险较高"))
			.andExpect(jsonPath("$.driverWhitelisted").value(false))
			.andExpect(jsonPath("$.passId").doesNotExist());
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM notification WHERE enterprise_id = ? AND message_key = 'vehicle.inbox.REJECTED'",
				Integer.class, enterprise.id())).isEqualTo(1);

		long second = register(enterprise, "沪AD12345");
		this.mvc.perform(post("/vehicles/" + second + "/cancel").with(csrf()).with(page(enterprise)))
			.andExpect(redirectedUrlPattern("/vehicles/*"));
		this.mvc.perform(get("/api/v1/passes/vehicle/" + second).with(as(enterprise)))
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		this.mvc.perform(post("/api/v1/passes/vehicle/" + second + "/decisions").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"APPROVE\"}"))
			.andExpect(status().isConflict());

		// The page decision form: a stale version answers 409 with the trip as it is now.
		long third = register(enterprise, "沪A12345D");
		this.mvc.perform(post("/vehicles/" + third + "/decisions").with(csrf()).with(official("fengxian"))
			.param("action", "REJECT").param("opinion", "").param("version", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("decision", "opinion"));
		this.mvc.perform(post("/vehicles/" + third + "/decisions").with(csrf()).with(official("fengxian"))
			.param("action", "APPROVE").param("version", "7"))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/vehicles/" + third + "/decisions").with(csrf()).with(official("fengxian"))
			.param("action", "APPROVE").param("version", "0"))
			.andExpect(redirectedUrlPattern("/vehicles/*"));
		this.mvc.perform(get("/vehicles").with(page(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("沪A12345D")));
		this.mvc.perform(get("/vehicles/review").param("status", "ANY").with(official("fengxian")))
			.andExpect(status().isOk());
	}

	private long register(Registered enterprise, String plate) throws Exception {
		String created = this.mvc.perform(post("/api/v1/passes/vehicle").with(as(enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content(trip(plate, newDriverId(), tomorrow(), tomorrow().plusDays(2))))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

	private Registered whitelisted() throws Exception {
		Registered enterprise = Registrations.register(this.mvc, FENGXIAN, NANQIAO);
		this.mvc.perform(post("/api/v1/whitelist").with(official("fengxian"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": %d, \"level\": \"DISTRICT\", \"batch\": \"车辆测试\"}".formatted(enterprise.id())))
			.andExpect(status().isCreated());
		return enterprise;
	}

	private int tripsOf(Registered enterprise) {
		return this.jdbc.queryForObject("SELECT count(*) FROM vehicle_trip WHERE enterprise_id = ?", Integer.class,
				enterprise.id());
	}

	private static String trip(String plate, String driverId, OffsetDateTime from, OffsetDateTime to) {
		return trip(plate, driverId, "13912345678", from, to);
	}

	private static String trip(String plate, String driverId, String phone, OffsetDateTime from, OffsetDateTime to) {
		return """
				{"plate": "%s", "vehicleType": "COLD_CHAIN", "driverName": "王建国", "driverPhone": "%s",
				 "driverIdNumber": "%s", "scope": "CITY", "origin": "奉贤区南桥镇", "destination": "浦东新区外高桥",
				 "validFrom": "%s", "validTo": "%s", "cargo": "冷链原料"}
				""".formatted(plate, phone, driverId, from, to);
	}

	private static OffsetDateTime tomorrow() {
		return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
	}

	private static synchronized String newDriverId() {
		sequence = (sequence + 1) % 1000;
		return IdNumbers.of("310120", java.time.LocalDate.of(1970 + sequence % 40, 1 + sequence % 12, 1 + sequence % 28),
				sequence);
	}

	private RequestPostProcessor official(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static RequestPostProcessor as(Registered enterprise) {
		return httpBasic(enterprise.username(), Registrations.PASSWORD);
	}

	private RequestPostProcessor page(Registered enterprise) {
		return user(this.users.loadUserByUsername(enterprise.username()));
	}

}
