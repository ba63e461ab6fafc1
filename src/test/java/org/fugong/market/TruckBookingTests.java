package org.fugong.market;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.fugong.common.ConflictException;
import org.fugong.common.DemoData;
import org.fugong.pass.VehicleScope;
import org.fugong.security.CurrentUser;
import org.fugong.support.IntegrationTest;
import org.fugong.support.TestClock;
import org.fugong.vehicle.VehicleType;
import org.fugong.workforce.TestStanding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A carrier pools a truck, an enterprise finds and books it, the carrier
 * confirms (which registers the vehicle trip, linked both ways) or declines, an
 * unanswered request expires; parallel bookings of one truck and day leave
 * exactly one standing; bad input is named field by field.
 */
@IntegrationTest
class TruckBookingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	TruckPoolService pool;

	@Autowired
	TruckBookingService bookings;

	@Autowired
	TruckBookingRepository repository;

	@Autowired
	MarketTruckRepository trucks;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void aConfirmedBookingRegistersTheCarriersTripAndLinksIt() throws Exception {
		long truck = truck("ent-sijing", "12");
		LocalDate day = this.pool.today().plusDays(5);
		as("demo-ent", get("/api/v1/trucks/availability").param("date", day.toString()).param("minTons", "11"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].truckId").value(hasItem((int) truck)))
			.andExpect(jsonPath("$[?(@.truckId == " + truck + ")].plate").value(hasItem(containsString("*"))));
		as("ent-sijing", get("/api/v1/trucks/availability").param("date", day.toString()))
			.andExpect(jsonPath("$[*].truckId").value(not(hasItem((int) truck))));

		long booking = id(book("demo-ent", truck, day).andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("REQUESTED")));
		book("ent-chedun", truck, day).andExpect(status().isConflict());
		as("demo-ent", get("/api/v1/trucks/availability").param("date", day.toString()))
			.andExpect(jsonPath("$[*].truckId").value(not(hasItem((int) truck))));

		as("demo-ent", post("/api/v1/truck-bookings/" + booking + "/confirm")).andExpect(status().isNotFound());
		long trip = ((Number) JsonPath.read(body(as("ent-sijing", post("/api/v1/truck-bookings/" + booking + "/confirm"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CONFIRMED"))
			.andExpect(jsonPath("$.tripStatus").value("PENDING"))), "$.tripId")).longValue();
		as("ent-sijing", get("/api/v1/passes/vehicle/" + trip)).andExpect(status().isOk())
			.andExpect(jsonPath("$.cargo").value(containsString("#" + booking)))
			.andExpect(jsonPath("$.truckBookingId").value((int) booking))
			.andExpect(jsonPath("$.status").value("PENDING"));
		as("ent-sijing", post("/api/v1/truck-bookings/" + booking + "/confirm")).andExpect(status().isConflict());

		as("demo-ent", get("/api/v1/truck-bookings/" + booking)).andExpect(status().isOk())
			.andExpect(jsonPath("$.tripId").value((int) trip))
			.andExpect(jsonPath("$.otherContactPhone").value("13764412238"));
		as("songjiang", get("/api/v1/truck-bookings/" + booking)).andExpect(status().isOk())
			.andExpect(jsonPath("$.otherContactPhone").doesNotExist());
		as("fengxian", get("/api/v1/truck-bookings/" + booking)).andExpect(status().isNotFound());
		as("ent-jiuting", get("/api/v1/truck-bookings/" + booking)).andExpect(status().isNotFound());
		as("ent-sijing", get("/api/v1/stats/trucks").param("from", day.toString()).param("to", day.toString()))
			.andExpect(jsonPath("$[0].booked").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
	}

	@Test
	void parallelBookingsOfOneTruckAndDayLeaveExactlyOneWinner() throws Exception {
		long truck = truck("ent-jiuting", "5");
		LocalDate day = this.pool.today().plusDays(6);
		List<CurrentUser> bookers = new ArrayList<>();
		for (int n = 1; n <= 12; n++) {
			bookers.add(user("hg-ent%02d".formatted(n)));
		}
		ExecutorService threads = Executors.newFixedThreadPool(bookers.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> outcomes = new ArrayList<>();
		for (CurrentUser booker : bookers) {
			Callable<Boolean> attempt = () -> {
				start.await();
				try {
					this.bookings.book(booker, input(truck, day));
					return true;
				}
				catch (ConflictException ex) {
					return false;
				}
			};
			outcomes.add(threads.submit(attempt));
		}
		start.countDown();
		int winners = 0;
		for (Future<Boolean> outcome : outcomes) {
			winners += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
		}
		threads.shutdown();
		assertThat(winners).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM market_truck_booking WHERE truck_id = ? AND booking_date = ?
				  AND state IN ('REQUESTED', 'CONFIRMED')""", Integer.class, truck, day)).isEqualTo(1);
		// The database itself refuses a second live booking, whatever the service checked before.
		MarketTruck pooled = this.trucks.findById(truck).orElseThrow();
		assertThatThrownBy(() -> this.repository.saveAndFlush(new TruckBooking(pooled,
				user("ent-chedun").requireEnterpriseId(), input(truck, day), "test", this.clock.instant(),
				this.clock.instant().plus(Duration.ofHours(1)))))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void anUnansweredRequestExpiresAndFreesTheTruck() throws Exception {
		long truck = truck("ent-sijing", "3");
		LocalDate day = this.pool.today().plusDays(7);
		long booking = id(book("ent-chedun", truck, day).andExpect(status().isCreated()));
		this.clock.advance(TruckBookingService.ANSWER_WITHIN.plusMinutes(1));
		assertThat(this.bookings.expireOverdue()).isGreaterThanOrEqualTo(1);
		as("ent-chedun", get("/api/v1/truck-bookings/" + booking)).andExpect(jsonPath("$.state").value("EXPIRED"));
		as("ent-sijing", post("/api/v1/truck-bookings/" + booking + "/confirm")).andExpect(status().isConflict());
		as("demo-ent", get("/api/v1/trucks/availability").param("date", day.toString()))
			.andExpect(jsonPath("$[*].truckId").value(hasItem((int) truck)));
		book("demo-ent", truck, day).andExpect(status().isCreated());
	}

	@Test
	void theCarrierDeclinesAndTheBookerWithdrawsOnlyWhileWaiting() throws Exception {
		long truck = truck("ent-sijing", "4");
		LocalDate day = this.pool.today().plusDays(8);
		long first = id(book("demo-ent", truck, day));
		as("ent-sijing", post("/api/v1/truck-bookings/" + first + "/decline"), "{\"reason\": \"当天检修\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DECLINED"))
			.andExpect(jsonPath("$.reason").value("当天检修"));
		as("demo-ent", post("/api/v1/truck-bookings/" + first + "/cancel")).andExpect(status().isConflict());
		long second = id(book("demo-ent", truck, day).andExpect(status().isCreated()));
		as("ent-sijing", post("/api/v1/truck-bookings/" + second + "/cancel")).andExpect(status().isNotFound());
		as("demo-ent", post("/api/v1/truck-bookings/" + second + "/cancel")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CANCELLED"));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM notification WHERE message_key = 'market.truck.notice.declined'", Integer.class))
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void badInputIsNamedFieldByFieldAndChangesNothing() throws Exception {
		as("ent-sijing", post("/api/v1/trucks"), """
				{"plate": "ABC", "vehicleType": "TRUCK", "capacityTons": 5, "coldChain": false,
				 "baseTownCode": "310120101"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("plate")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("baseTownCode")));
		as("ent-sijing", post("/api/v1/trucks"), """
				{"plate": "沪D12345", "vehicleType": "TRUCK", "capacityTons": 0, "baseTownCode": "310117102"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("capacityTons")));
		String plate = plate();
		String body = """
				{"plate": "%s", "vehicleType": "TRUCK", "capacityTons": 5, "coldChain": false,
				 "baseTownCode": "310117102"}""".formatted(plate);
		long truck = id(as("ent-sijing", post("/api/v1/trucks"), body).andExpect(status().isCreated()));
		as("ent-jiuting", post("/api/v1/trucks"), body.replace("310117102", "310117107"))
			.andExpect(status().isConflict());
		as("demo-ent", post("/api/v1/trucks"), body.replace(plate, plate()))
			.andExpect(status().isUnprocessableContent());
		book("ent-sijing", truck, this.pool.today().plusDays(2)).andExpect(status().isUnprocessableContent());
		book("demo-ent", truck, this.pool.today().minusDays(1)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		as("demo-ent", get("/api/v1/trucks/availability")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		as("ent-sijing", post("/api/v1/truck-bookings/999999999/confirm")).andExpect(status().isNotFound());
		long booking = id(book("demo-ent", truck, this.pool.today().plusDays(9)));
		// The truck has no usual driver: the carrier must name one, and an unknown one is refused.
		as("ent-sijing", post("/api/v1/truck-bookings/" + booking + "/confirm")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("driverId"));
		as("ent-sijing", post("/api/v1/truck-bookings/" + booking + "/confirm"), "{\"driverId\": 999999999}")
			.andExpect(status().isBadRequest());
		as("demo-ent", get("/api/v1/truck-bookings/" + booking)).andExpect(jsonPath("$.state").value("REQUESTED"));
	}

	/** A truck of the carrier in the pool with a driver whose tests are in order. */
	private long truck(String carrier, String tons) {
		CurrentUser user = user(carrier);
		Long driver = this.pool.driverChoices(user)
			.stream()
			.filter((d) -> d.standing() == TestStanding.OK)
			.map(TruckPoolService.DriverLine::id)
			.findFirst()
			.orElseThrow();
		String town = carrier.equals("ent-sijing") ? "310117102" : "310117107";
		return this.pool.register(user, new TruckInput(plate(), VehicleType.TRUCK, new BigDecimal(tons), false, town,
				driver, Set.of(), List.of(), null, null)).id();
	}

	private static String plate() {
		String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder plate = new StringBuilder("沪").append(letters.charAt(random.nextInt(letters.length())));
		for (int i = 0; i < 5; i++) {
			plate.append(random.nextInt(10));
		}
		return plate.toString();
	}

	private static TruckBookingInput input(long truck, LocalDate day) {
		return new TruckBookingInput(truck, day, "测试起点", "测试终点", "测试货物", VehicleScope.CITY);
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	private ResultActions book(String who, long truck, LocalDate day) throws Exception {
		return as(who, post("/api/v1/truck-bookings"), """
				{"truckId": %d, "date": "%s", "origin": "新桥镇", "destination": "九亭镇", "cargo": "测试货物 3 吨"}"""
			.formatted(truck, day));
	}

	private ResultActions as(String who, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(httpBasic(who, DemoData.PASSWORD)));
	}

	private ResultActions as(String who, MockHttpServletRequestBuilder request, String body) throws Exception {
		return this.mvc.perform(request.with(httpBasic(who, DemoData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(body(result), "$.id")).longValue();
	}

}
