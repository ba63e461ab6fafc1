package org.fugong.market;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.DemoData;
import org.fugong.common.InvalidInputException;
import org.fugong.pass.VehicleScope;
import org.fugong.security.CurrentUser;
import org.fugong.vehicle.VehicleType;
import org.fugong.workforce.TestStanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Two carriers of 松江区 with ten trucks in the pool: 泗泾's logistics firm
 * (ent-sijing, six trucks, one cold chain) and 九亭's electronics maker
 * (ent-jiuting, four of its own fleet), each with a driver from its roster. A
 * few bookings through the services themselves: two wait for ent-sijing's
 * answer (one from the key firm ent-chedun, listed first), two are confirmed
 * (their vehicle trips wait for songjiang's pass decision), one was declined.
 * demo-ent has no trucks and books; it is not whitelisted, so it could not pool any.
 */
@Component
@DemoData
@Order(66)
@RequiredArgsConstructor
class DemoTrucks implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTrucks.class);

	private final MarketTruckRepository trucks;

	private final TruckPoolService pool;

	private final TruckBookingService bookings;

	private final UserDetailsService users;

	@Override
	public void run(ApplicationArguments args) {
		if (this.trucks.count() > 0) {
			return;
		}
		CurrentUser sijing = user("ent-sijing");
		CurrentUser jiuting = user("ent-jiuting");
		CurrentUser demo = user("demo-ent");
		CurrentUser chedun = user("ent-chedun");
		if (sijing == null || jiuting == null || demo == null || chedun == null) {
			return;
		}
		List<Long> sj = pool(sijing, "310117102", List.of(
				new Spec("沪D5K218", VehicleType.TRUCK, "8", false), new Spec("沪D6M337", VehicleType.TRUCK, "12", false),
				new Spec("沪D7P405", VehicleType.VAN, "3.5", false),
				new Spec("沪D8R552", VehicleType.COLD_CHAIN, "5", true),
				new Spec("沪D2T671", VehicleType.TRUCK, "18", false), new Spec("沪D3W789", VehicleType.VAN, "2", false)));
		List<Long> jt = pool(jiuting, "310117107", List.of(
				new Spec("沪E1A806", VehicleType.VAN, "1.5", false), new Spec("沪E2C913", VehicleType.TRUCK, "5", false),
				new Spec("沪E3F127", VehicleType.TRUCK, "10", false),
				new Spec("沪E4H236", VehicleType.COLD_CHAIN, "3", true)));
		LocalDate today = this.pool.today();
		book(demo, sj.get(0), today.plusDays(1), "新桥镇民益路201号", "九亭镇沪亭北路99号", "机加工零件 6 吨");
		book(chedun, sj.get(1), today.plusDays(1), "车墩镇北松公路5418号", "闵行区莘庄工业区", "汽车线束 10 吨");
		long confirmed = book(demo, jt.get(2), today.plusDays(2), "新桥镇民益路201号", "嘉定区安亭镇", "精密齿轮箱 8 吨");
		confirm(jiuting, confirmed);
		long second = book(chedun, sj.get(4), today.plusDays(3), "车墩镇北松公路5418号", "松江区九亭镇", "连接器 15 吨");
		confirm(sijing, second);
		long declined = book(demo, sj.get(3), today.plusDays(2), "新桥镇民益路201号", "浦东新区外高桥", "防疫物资 2 吨");
		this.bookings.decline(sijing, declined, "当天冷链车已安排医药配送");
	}

	/** Pools the trucks of a carrier, each with one of its employees whose tests are in order as driver. */
	private List<Long> pool(CurrentUser carrier, String town, List<Spec> specs) {
		List<Long> drivers = this.pool.driverChoices(carrier)
			.stream()
			.filter((d) -> d.standing() == TestStanding.OK)
			.map(TruckPoolService.DriverLine::id)
			.toList();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < specs.size(); i++) {
			Spec s = specs.get(i);
			Long driver = (i < drivers.size()) ? drivers.get(i) : null;
			Set<DayOfWeek> days = (i == 5) ? Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
					DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY) : Set.of();
			ids.add(this.pool.register(carrier, new TruckInput(s.plate(), s.type(), new BigDecimal(s.tons()),
					s.coldChain(), town, driver, Set.copyOf(days), List.of(), this.pool.today().minusDays(7), null))
				.id());
		}
		return ids;
	}

	private long book(CurrentUser booker, long truckId, LocalDate day, String origin, String destination,
			String cargo) {
		return this.bookings
			.book(booker, new TruckBookingInput(truckId, day, origin, destination, cargo, VehicleScope.CITY))
			.id();
	}

	/** A demo roster without a driver in order leaves the booking waiting rather than failing the start. */
	private void confirm(CurrentUser carrier, long bookingId) {
		try {
			this.bookings.confirm(carrier, bookingId, null);
		}
		catch (BusinessRuleException | InvalidInputException ex) {
			log.warn("Demo truck booking {} left waiting: {}", bookingId, ex.getMessage());
		}
	}

	private CurrentUser user(String username) {
		try {
			return (CurrentUser) this.users.loadUserByUsername(username);
		}
		catch (UsernameNotFoundException ex) {
			return null;
		}
	}

	private record Spec(String plate, VehicleType type, String tons, boolean coldChain) {
	}

}
