package org.fugong.vehicle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.IdNumbers;
import org.fugong.support.IntegrationTest;
import org.fugong.support.PassFixtures;
import org.fugong.support.Registrations;
import org.fugong.support.Registrations.Registered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The three-point loop (三点往返) end to end at guard1's checkpoint (新桥镇, 松江区):
 * a trip names a registered receiver and a quarantine point, the gate flags
 * scans out of the loop's order, a vehicle that arrived and has not departed is
 * reported once after exactly N hours of its district, and a driver on the
 * roster is judged by the driver's own tests.
 */
@IntegrationTest
@RecordApplicationEvents
class VehicleLoopTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 900));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NotLeftDetector detector;

	@Autowired
	ApplicationEvents events;

	private Registered shipper;

	private Registered receiver;

	private UserDetails owner;

	@BeforeEach
	void enterprises() throws Exception {
		this.shipper = Registrations.register(this.mvc, "310117", "310117105");
		this.receiver = Registrations.register(this.mvc, "310117", "310117105");
		this.mvc.perform(post("/api/v1/whitelist").with(as("songjiang")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\": %d, \"level\": \"DISTRICT\", \"batch\": \"三点往返\"}".formatted(this.shipper.id())))
			.andExpect(status().isCreated());
		this.owner = this.users.loadUserByUsername(this.shipper.username());
	}

	@Test
	void aTripNamesARegisteredReceiverAndAQuarantinePointOfItsDistrict() throws Exception {
		long point = quarantinePoint("310117105");
		register(trip(idNumber(), ", \"receiverEnterpriseId\": 999999999")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("receiverEnterpriseId")));
		long elsewhere = quarantinePoint("310120101");
		register(trip(idNumber(), ", \"receiverEnterpriseId\": %d, \"quarantinePointId\": %d"
			.formatted(this.receiver.id(), elsewhere))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("quarantinePointId")));
		register(trip(idNumber(), ", \"receiverEnterpriseId\": %d, \"quarantinePointId\": %d"
			.formatted(this.receiver.id(), point))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.route.receiverName").value(this.receiver.name()))
			.andExpect(jsonPath("$.route.quarantinePointId").value((int) point));
		// The page names the receiver by its credit code.
		this.mvc.perform(post("/vehicles/new").with(user(this.owner)).with(csrf())
			.param("plate", plate()).param("vehicleType", "TRUCK").param("driverName", "钱司机")
			.param("driverPhone", "13800138000").param("driverIdNumber", idNumber()).param("scope", "DISTRICT")
			.param("origin", "嘉兴").param("destination", "松江")
			.param("validFrom", LocalDate.now().plusDays(1) + "T08:00").param("validTo", LocalDate.now().plusDays(2) + "T08:00")
			.param("receiverCreditCode", "91310117MA1XXXXXX0"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theGateFlagsScansOutOfTheLoopsOrderAndTheTimelineShowsThem() throws Exception {
		long trip = approved(idNumber());
		String qr = qrText(trip);
		// The same direction at the same checkpoint within ten seconds is "already scanned": each step differs.
		scan(qr, "ARRIVE").andExpect(jsonPath("$.verdict").value("VALID")).andExpect(jsonPath("$.flag").value("OUT_OF_ORDER"));
		scan(qr, "DEPART").andExpect(jsonPath("$.flag").doesNotExist());
		scan(qr, "IN").andExpect(jsonPath("$.flag").value("OUT_OF_ORDER"));
		scan(qr, "OUT").andExpect(jsonPath("$.flag").value("OUT_OF_ORDER"));
		this.mvc.perform(get("/api/v1/passes/vehicle/{id}/timeline", trip).with(as("songjiang")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.points.length()").value(4))
			.andExpect(jsonPath("$.points[0].point.flag").value("OUT_OF_ORDER"))
			.andExpect(jsonPath("$.expectedNext").value("IN"));
		this.mvc.perform(get("/api/v1/passes/vehicle/{id}/timeline", trip).with(as("fengxian")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/vehicles/{id}", trip).with(user(this.owner))).andExpect(status().isOk());
	}

	@Test
	void aVehicleNotLeftIsReportedOnceAfterExactlyTheHoursOfItsDistrict() throws Exception {
		long trip = approved(idNumber());
		String qr = qrText(trip);
		scan(qr, "IN");
		scan(qr, "ARRIVE").andExpect(jsonPath("$.flag").doesNotExist());
		Instant arrived = arrivedAt(trip);
		this.detector.detect(arrived.plus(Duration.ofHours(4)).minusMillis(1));
		assertThat(reported(trip)).isZero();
		this.detector.detect(arrived.plus(Duration.ofHours(4)));
		this.detector.detect(arrived.plus(Duration.ofHours(5)));
		assertThat(reported(trip)).isEqualTo(1);
		assertThat(this.events.stream(VehicleNotLeft.class).filter((e) -> e.tripId() == trip))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.enterpriseId()).isEqualTo(this.receiver.id());
				assertThat(e.plate()).startsWith("沪D");
				assertThat(e.arrivedAt()).isEqualTo(arrived);
			});
		// The report raises one alert for the officials of the receiving enterprise's town (within 60 s: at once).
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(this.jdbc.queryForList(
				"SELECT enterprise_id || ' ' || subject FROM alert WHERE kind = 'VEHICLE_NOT_LEFT' AND cause_key = ?",
				String.class, "VEHICLE_NOT_LEFT:" + trip))
			.singleElement()
			.satisfies((alert) -> assertThat(alert).startsWith(this.receiver.id() + " 沪D")));

		// The district allows two hours: a second vehicle is reported at exactly two.
		this.mvc.perform(post("/vehicles/settings").with(as("songjiang")).with(csrf()).param("notLeftHours", "2"))
			.andExpect(status().is3xxRedirection());
		try {
			long second = approved(idNumber());
			String other = qrText(second);
			scan(other, "IN");
			scan(other, "ARRIVE");
			Instant at = arrivedAt(second);
			this.detector.detect(at.plus(Duration.ofHours(2)).minusMillis(1));
			assertThat(reported(second)).isZero();
			this.detector.detect(at.plus(Duration.ofHours(2)));
			assertThat(reported(second)).isEqualTo(1);
			// Departing and leaving the area close the loop in order; the report stays one.
			scan(other, "DEPART").andExpect(jsonPath("$.flag").doesNotExist());
			scan(other, "OUT").andExpect(jsonPath("$.flag").doesNotExist());
			this.detector.detect(at.plus(Duration.ofHours(3)));
			assertThat(reported(second)).isEqualTo(1);
		}
		finally {
			this.mvc.perform(post("/vehicles/settings").with(as("songjiang")).with(csrf()).param("notLeftHours", "4"));
		}
		this.mvc.perform(post("/vehicles/settings").with(as("songjiang")).with(csrf()).param("notLeftHours", "0"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "vehicle.setting.invalid"));
	}

	@Test
	void checksRunningAtOnceReportATripOnlyOnce() throws Exception {
		long trip = approved(idNumber());
		String qr = qrText(trip);
		scan(qr, "IN");
		scan(qr, "ARRIVE");
		Instant late = arrivedAt(trip).plus(Duration.ofHours(5));
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			java.util.List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
			for (int i = 0; i < 4; i++) {
				runs.add(pool.submit(() -> this.detector.detect(late)));
			}
			for (java.util.concurrent.Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		// The event goes with the row: only the run whose insert won publishes it.
		assertThat(reported(trip)).isEqualTo(1);
	}

	@Test
	void aDriverOnTheRosterIsJudgedByTheDriversOwnTests() throws Exception {
		String tested = idNumber();
		long driver = employee(tested);
		PassFixtures.test(this.mvc, this.owner, driver, "NEGATIVE", Instant.now().minusSeconds(3600));
		long trip = approved(tested);
		this.mvc.perform(get("/api/v1/passes/vehicle/{id}", trip).with(user(this.owner)))
			.andExpect(jsonPath("$.driverOnRoster").value(true));
		String qr = qrText(trip);
		scan(qr, "IN").andExpect(jsonPath("$.verdict").value("VALID"));
		PassFixtures.test(this.mvc, this.owner, driver, "POSITIVE", Instant.now().minusSeconds(10));
		scan(qr, "ARRIVE").andExpect(jsonPath("$.reason").value("TEST_POSITIVE"));

		String untested = idNumber();
		employee(untested);
		scan(qrText(approved(untested)), "IN").andExpect(jsonPath("$.reason").value("TEST_OVERDUE"));

		long stranger = approved(idNumber());
		this.mvc.perform(get("/api/v1/passes/vehicle/{id}", stranger).with(user(this.owner)))
			.andExpect(jsonPath("$.driverOnRoster").value(false));
		scan(qrText(stranger), "IN").andExpect(jsonPath("$.reason").value("OK"));
	}

	@Test
	void theDemoTripShowsEveryPointOfItsLoopInOrder() throws Exception {
		long demo = this.jdbc.queryForObject("SELECT min(id) FROM vehicle_trip WHERE plate = '沪E58L21'", Long.class);
		this.mvc.perform(get("/api/v1/passes/vehicle/{id}/timeline", demo).with(as("songjiang")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.route.receiverName").value("上海九亭电子科技有限公司"))
			.andExpect(jsonPath("$.route.quarantinePointName").value("松江司机隔离点"))
			.andExpect(jsonPath("$.points.length()").value(6))
			.andExpect(jsonPath("$.points[*].point.direction").value(org.hamcrest.Matchers.contains("IN", "ARRIVE",
					"ARRIVE", "DEPART", "DEPART", "OUT")))
			.andExpect(jsonPath("$.points[1].atReceiver").value(true))
			.andExpect(jsonPath("$.expectedNext").value("IN"));
	}

	private long approved(String driverIdNumber) throws Exception {
		String created = register(trip(driverIdNumber, ", \"receiverEnterpriseId\": " + this.receiver.id()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		this.mvc.perform(post("/api/v1/passes/vehicle/{id}/decisions", id).with(as("songjiang"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"APPROVE\"}"))
			.andExpect(status().isOk());
		return id;
	}

	private String qrText(long trip) throws Exception {
		String answer = this.mvc.perform(get("/api/v1/passes/vehicle/{id}", trip).with(user(this.owner)))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(answer, "$.qrText");
	}

	private Instant arrivedAt(long trip) {
		return this.jdbc.queryForObject("""
				SELECT max(s.scanned_at) FROM gate_scan s JOIN vehicle_trip t ON t.pass_id = s.pass_id
				WHERE t.id = ? AND s.direction = 'ARRIVE' AND s.verdict = 'VALID'
				""", java.sql.Timestamp.class, trip).toInstant();
	}

	private long reported(long trip) {
		return this.jdbc.queryForObject("SELECT count(*) FROM vehicle_not_left WHERE trip_id = ?", Long.class, trip);
	}

	private long employee(String idNumber) throws Exception {
		String answer = this.mvc.perform(post("/api/v1/employees").with(user(this.owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"孙司机\", \"idNumber\": \"%s\", \"phone\": \"13900139000\", \"department\": \"车队\", \"onSite\": true}"
				.formatted(idNumber)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	private long quarantinePoint(String region) throws Exception {
		String official = region.startsWith("310120") ? "fengxian" : "songjiang";
		String answer = this.mvc.perform(post("/api/v1/gate/checkpoints").with(as(official))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"司机隔离点 %s\", \"kind\": \"QUARANTINE_POINT\", \"regionCode\": \"%s\", \"defaultDirection\": \"ARRIVE\"}"
				.formatted(UUID.randomUUID().toString().substring(0, 8), region)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	private ResultActions register(String body) throws Exception {
		return this.mvc.perform(post("/api/v1/passes/vehicle").with(user(this.owner))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static String trip(String driverIdNumber, String more) {
		OffsetDateTime from = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5);
		return """
				{"plate": "%s", "vehicleType": "TRUCK", "driverName": "钱司机", "driverPhone": "13800138000",
				 "driverIdNumber": "%s", "scope": "DISTRICT", "origin": "嘉兴", "destination": "松江",
				 "validFrom": "%s", "validTo": "%s", "cargo": "电子元件"%s}
				""".formatted(plate(), driverIdNumber, from, from.plusDays(2), more);
	}

	private ResultActions scan(String qrText, String direction) throws Exception {
		return this.mvc.perform(post("/api/v1/gate/verify").with(as("guard1")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"qrText\": \"%s\", \"direction\": \"%s\", \"scanId\": \"%s\"}".formatted(qrText, direction,
					UUID.randomUUID())));
	}

	private static String plate() {
		return "沪D" + "%05d".formatted(SEQUENCE.incrementAndGet() % 100000);
	}

	private static String idNumber() {
		int n = SEQUENCE.incrementAndGet();
		return IdNumbers.of("310117", LocalDate.of(1975, 1, 1).plusDays(n * 7L), n % 997);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
