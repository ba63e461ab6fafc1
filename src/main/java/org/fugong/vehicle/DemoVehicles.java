package org.fugong.vehicle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import lombok.RequiredArgsConstructor;
import org.fugong.common.CreditCodes;
import org.fugong.common.DemoData;
import org.fugong.common.IdNumbers;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.pass.VehicleScope;
import org.fugong.vehicle.VehicleService.Decision;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few drivers on 奉贤区's and 松江区's driver whitelists and a handful of trips
 * of the whitelisted demo enterprises across the three scopes: some pending,
 * some approved (with real passes), one rejected. Runs after the whitelists.
 */
@Component
@DemoData
@Order(60)
@RequiredArgsConstructor
class DemoVehicles implements ApplicationRunner {

	private static final String FENGXIAN = "310120";

	private static final String SONGJIANG = "310117";

	private final VehicleService vehicles;

	private final TripDecisions decisions;

	private final DriverService drivers;

	private final EnterpriseService enterprises;

	@Override
	public void run(ApplicationArguments args) {
		String wang = driverId("310120", 1978, 3, 14, 31);
		String zhao = driverId("320583", 1985, 9, 2, 57);
		String sun = driverId("310117", 1990, 11, 23, 12);
		String zhou = driverId("330482", 1982, 6, 8, 44);
		driver(FENGXIAN, "王建国", wang, "13916002001", "三点往返闭环司机");
		driver(FENGXIAN, "赵海峰", zhao, "13916002002", "冷链专线");
		driver(SONGJIANG, "孙立伟", sun, "13916002003", "共享货车");
		driver(SONGJIANG, "周明", zhou, "13916002004", "平湖—松江往返");

		Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
		Instant tomorrow = now.plus(Duration.ofDays(1));
		Instant earlier = now.minus(Duration.ofHours(2));
		trips("91310120MA1H9R5B1", "fengxian",
				new Trip("沪A6K352", VehicleType.COLD_CHAIN, "王建国", "13916002001", wang, VehicleScope.CITY,
						"奉贤区南桥镇", "浦东新区外高桥冷链仓", tomorrow, 3, "疫苗冷链原料", null, null),
				new Trip("沪D52817", VehicleType.VAN, "李强", "13816003001", driverId("310120", 1987, 1, 19, 8),
						VehicleScope.DISTRICT, "奉贤区南桥镇", "奉贤区金汇镇", earlier, 7, "原料药", Decision.APPROVE,
						"同意，按闭环管理"),
				new Trip("苏E8Q2N6", VehicleType.TRUCK, "陈刚", "13816003002", driverId("320506", 1979, 7, 30, 21),
						VehicleScope.INTER_PROVINCE, "苏州市吴中区", "奉贤区南桥镇", tomorrow, 2, "包装材料",
						Decision.REJECT, "始发地为中高风险地区，请更换车辆和司机后重新报备"));
		trips("91310120MA1J8W2C6", "fengxian",
				new Trip("浙F3A906", VehicleType.TANKER, "赵海峰", "13916002002", zhao, VehicleScope.INTER_PROVINCE,
						"嘉兴市平湖市", "奉贤区海湾镇", earlier, 10, "化工原料", Decision.APPROVE, "白名单司机，同意"),
				new Trip("沪AD73105", VehicleType.CAR, "吴芳", "13816003003", driverId("310104", 1992, 4, 5, 66),
						VehicleScope.CITY, "奉贤区海湾镇", "徐汇区漕河泾", tomorrow, 5, null, null, null));
		trips("91310117MA1K2Q8D3", "songjiang",
				new Trip("沪B27D63", VehicleType.TRUCK, "孙立伟", "13916002003", sun, VehicleScope.DISTRICT,
						"松江区九亭镇", "松江区泗泾镇", tomorrow, 7, "电子元件", null, null),
				new Trip("沪C1M845", VehicleType.VAN, "郑凯", "13816003004", driverId("310117", 1988, 12, 1, 5),
						VehicleScope.CITY, "松江区九亭镇", "闵行区莘庄工业区", earlier, 14, "电路板", Decision.APPROVE,
						"同意"));
		trips("91310117MA1G6N3T7", "songjiang",
				new Trip("浙F6B218", VehicleType.TRUCK, "周明", "13916002004", zhou, VehicleScope.INTER_PROVINCE,
						"嘉兴市平湖市", "松江区泗泾镇", tomorrow, 4, "日用百货", null, null),
				new Trip("沪A3E590", VehicleType.TRUCK, "冯军", "13816003005", driverId("310117", 1983, 8, 16, 39),
						VehicleScope.DISTRICT, "松江区泗泾镇", "松江区车墩镇", earlier, 30, "配送货物", Decision.APPROVE,
						"同意"));
	}

	private record Trip(String plate, VehicleType type, String driver, String phone, String idNumber,
			VehicleScope scope, String origin, String destination, Instant from, int days, String cargo,
			Decision decision, String opinion) {
	}

	private void trips(String first17, String official, Trip... trips) {
		EnterpriseView enterprise = this.enterprises.findByCreditCode(first17 + CreditCodes.checkCharacter(first17))
			.orElse(null);
		if (enterprise == null || this.vehicles.hasTrips(enterprise.id())) {
			return;
		}
		String actor = "demo";
		for (Trip trip : trips) {
			Instant registered = trip.from().minus(Duration.ofHours(20));
			long id = this.vehicles.registerAs(enterprise.id(), actor,
					new TripInput(trip.plate(), trip.type(), trip.driver(), trip.phone(), trip.idNumber(),
							trip.scope(), trip.origin(), trip.destination(), trip.from(),
							trip.from().plus(Duration.ofDays(trip.days())), trip.cargo()),
					registered);
			if (trip.decision() != null) {
				this.decisions.decideAs(id, official, trip.decision(), trip.opinion());
			}
		}
	}

	private void driver(String district, String name, String idNumber, String phone, String note) {
		if (!this.drivers.isListed(district, idNumber)) {
			this.drivers.addAs(district, "demo", name, idNumber, phone, note);
		}
	}

	private static String driverId(String region, int year, int month, int day, int sequence) {
		return IdNumbers.of(region, LocalDate.of(year, month, day), sequence);
	}

}
