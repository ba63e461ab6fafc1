package org.fugong.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.fugong.pass.VehicleScope;
import org.fugong.security.CurrentUser;
import org.fugong.support.AccessTable;
import org.fugong.support.IntegrationTest;
import org.fugong.vehicle.VehicleType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every shared-truck page and endpoint against every role, as a table.
 * {@code {tsj}} is a truck of ent-sijing (泗泾镇, 松江区); {@code {tdemo}} and
 * {@code {tdemo2}} are trucks of demo-ent (新桥镇), pooled here directly because
 * demo-ent is not whitelisted. Bookings: {@code {b}}, {@code {bx}} and {@code {bx2}}
 * demo-ent made of {@code {tsj}}; {@code {bo}} ent-chedun made of {@code {tsj}}
 * (demo-ent is no party to it); {@code {bc}}, {@code {bd}}, {@code {bd2}} ent-chedun
 * made of demo-ent's truck, which demo-ent answers. Writes carry an empty body
 * and stop at validation (400) where the role may make them.
 */
@IntegrationTest
class TruckAccessTests {

	private static final String TABLE = """
			# request                                   -   demo-ent xinqiao songjiang fengxian city guard1 admin
			GET /trucks                                  302 200 200 200 200 200 403 403
			GET /trucks?date=2001-01-01                  302 400 400 400 400 400 403 403
			GET /trucks/new                              302 200 403 403 403 403 403 403
			POST /trucks/new                             302 400 403 403 403 403 403 403
			GET /trucks/mine                             302 200 403 403 403 403 403 403
			GET /trucks/book?truckId={tsj}&date={day}    302 200 403 403 403 403 403 403
			POST /trucks/book                            302 400 403 403 403 403 403 403
			POST /trucks/{tdemo2}/withdraw               302 302 403 403 403 403 403 403
			POST /trucks/{tsj}/withdraw                  302 404 403 403 403 403 403 403
			GET /trucks/bookings/{b}                     302 200 404 200 404 200 403 403
			GET /trucks/bookings/{bo}                    302 404 404 200 404 200 403 403
			GET /trucks/bookings/{bc}                    302 200 200 200 404 200 403 403
			GET /trucks/bookings/999999999               302 404 404 404 404 404 403 403
			POST /trucks/bookings/{bd2}/decline          302 302 403 403 403 403 403 403
			POST /trucks/bookings/{b}/confirm            302 404 403 403 403 403 403 403
			POST /trucks/bookings/{bx2}/cancel           302 302 403 403 403 403 403 403
			POST /trucks/bookings/{bo}/cancel            302 404 403 403 403 403 403 403
			GET /trucks/oversight                        302 403 200 200 200 200 403 403
			POST /api/v1/trucks                          401 400 403 403 403 403 403 403
			GET /api/v1/trucks/mine                      401 200 403 403 403 403 403 403
			POST /api/v1/trucks/{tdemo}/withdraw         401 204 403 403 403 403 403 403
			POST /api/v1/trucks/{tsj}/withdraw           401 404 403 403 403 403 403 403
			GET /api/v1/trucks/availability?date={day}   401 200 200 200 200 200 403 403
			GET /api/v1/trucks/availability              401 400 400 400 400 400 403 403
			POST /api/v1/truck-bookings                  401 400 403 403 403 403 403 403
			GET /api/v1/truck-bookings                   401 200 200 200 200 200 403 403
			GET /api/v1/truck-bookings/{b}               401 200 404 200 404 200 403 403
			GET /api/v1/truck-bookings/{bo}              401 404 404 200 404 200 403 403
			GET /api/v1/truck-bookings/{bc}              401 200 200 200 404 200 403 403
			POST /api/v1/truck-bookings/{bc}/confirm     401 400 403 403 403 403 403 403
			POST /api/v1/truck-bookings/{b}/confirm      401 404 403 403 403 403 403 403
			POST /api/v1/truck-bookings/{bd}/decline     401 200 403 403 403 403 403 403
			POST /api/v1/truck-bookings/{bo}/decline     401 404 403 403 403 403 403 403
			POST /api/v1/truck-bookings/{bx}/cancel      401 200 403 403 403 403 403 403
			POST /api/v1/truck-bookings/{bo}/cancel      401 404 403 403 403 403 403 403
			GET /api/v1/stats/trucks                     401 200 200 200 200 200 403 403
			GET /api/v1/stats/trucks?from=2026-01-01&to=2026-12-31 401 400 400 400 400 400 403 403
			""";

	private static Map<String, String> items;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TruckPoolService pool;

	@Autowired
	TruckBookingService bookings;

	@Autowired
	MarketTruckRepository trucks;

	@BeforeEach
	void poolAndBook() {
		if (items != null) {
			return;
		}
		CurrentUser demo = user("demo-ent");
		CurrentUser sijing = user("ent-sijing");
		CurrentUser chedun = user("ent-chedun");
		long tsj = this.pool.register(sijing, input("310117102")).id();
		long tdemo = demoTruck(demo);
		long tdemo2 = demoTruck(demo);
		long tdemo3 = demoTruck(demo);
		LocalDate day = this.pool.today().plusDays(11);
		Map<String, String> made = new HashMap<>();
		made.put("{tsj}", Long.toString(tsj));
		made.put("{tdemo}", Long.toString(tdemo));
		made.put("{tdemo2}", Long.toString(tdemo2));
		made.put("{day}", day.toString());
		made.put("{b}", book(demo, tsj, day));
		made.put("{bx}", book(demo, tsj, day.plusDays(1)));
		made.put("{bx2}", book(demo, tsj, day.plusDays(2)));
		made.put("{bo}", book(chedun, tsj, day.plusDays(3)));
		made.put("{bc}", book(chedun, tdemo3, day));
		made.put("{bd}", book(chedun, tdemo3, day.plusDays(1)));
		made.put("{bd2}", book(chedun, tdemo3, day.plusDays(2)));
		items = Map.copyOf(made);
	}

	static Stream<Arguments> table() {
		return AccessTable.cases(TABLE);
	}

	@ParameterizedTest(name = "{0} {1} as {2} -> {3}")
	@MethodSource("table")
	void accessMatchesTheTable(String method, String path, String who, int expected) throws Exception {
		AccessTable.check(this.mvc, this.users, method, path, items, who, expected);
	}

	private long demoTruck(CurrentUser demo) {
		return this.trucks.save(new MarketTruck(demo.requireEnterpriseId(), "310117", input("310117105"), "test",
				Instant.now())).getId();
	}

	private String book(CurrentUser booker, long truck, LocalDate day) {
		return Long.toString(this.bookings.book(booker,
				new TruckBookingInput(truck, day, "访问测试起点", "访问测试终点", "访问测试货物", VehicleScope.CITY)).id());
	}

	private TruckInput input(String town) {
		StringBuilder plate = new StringBuilder("沪K");
		for (int i = 0; i < 5; i++) {
			plate.append(ThreadLocalRandom.current().nextInt(10));
		}
		return new TruckInput(plate.toString(), VehicleType.TRUCK, new BigDecimal("6"), false, town, null, Set.of(),
				List.of(), this.pool.today(), null);
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
