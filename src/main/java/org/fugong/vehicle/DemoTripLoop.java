package org.fugong.vehicle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.common.CreditCodes;
import org.fugong.common.DemoData;
import org.fugong.common.IdNumbers;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.gate.DemoScanHistory;
import org.fugong.gate.DemoScanHistory.Step;
import org.fugong.gate.Direction;
import org.fugong.pass.VehicleScope;
import org.fugong.vehicle.VehicleService.Decision;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A trip with every point of its loop for the demo (三点往返): 上海泗泾物流配送's
 * truck delivers to 上海九亭电子科技, its driver stays at 松江司机隔离点; this
 * morning it passed 新桥镇 G60 卡口 in, arrived at 九亭电子 1 号门, its driver went to
 * the quarantine point, it departed and left through the checkpoint. Seeded once,
 * after the demo checkpoints (the gate's demo).
 */
@Component
@DemoData
@Order(75)
@RequiredArgsConstructor
class DemoTripLoop implements ApplicationRunner {

	private static final String PLATE = "沪E58L21";

	private final VehicleService vehicles;

	private final TripDecisions decisions;

	private final VehicleTripRepository trips;

	private final EnterpriseService enterprises;

	private final DemoScanHistory scans;

	@Override
	public void run(ApplicationArguments args) {
		EnterpriseView shipper = enterprise("91310117MA1G6N3T7");
		EnterpriseView receiver = enterprise("91310117MA1K2Q8D3");
		Long road = this.scans.checkpoint("新桥镇 G60 卡口");
		Long gate = this.scans.checkpoint("九亭电子 1 号门");
		Long point = this.scans.checkpoint("松江司机隔离点");
		if (shipper == null || receiver == null || road == null || gate == null || point == null
				|| this.trips.existsByPlate(PLATE)) {
			return;
		}
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		Instant morning = now.minus(Duration.ofHours(7));
		String driver = IdNumbers.of("330482", LocalDate.of(1986, 5, 17), 73);
		long id = this.vehicles.registerAs(shipper.id(), "demo",
				new TripInput(PLATE, VehicleType.TRUCK, "吴永强", "13916002005", driver, VehicleScope.DISTRICT,
						"松江区泗泾镇", "松江区九亭镇", now.minus(Duration.ofHours(8)), now.plus(Duration.ofDays(2)),
						"电子元件周转箱"),
				now.minus(Duration.ofHours(20)), receiver.id(), point);
		this.decisions.decideAs(id, "songjiang", Decision.APPROVE, "三点往返，到厂后司机在隔离点等候");
		long passId = this.trips.findById(id).orElseThrow().getPassId();
		this.scans.loop(passId, shipper.id(), List.of(new Step(road, Direction.IN, morning),
				new Step(gate, Direction.ARRIVE, morning.plus(Duration.ofMinutes(35))),
				new Step(point, Direction.ARRIVE, morning.plus(Duration.ofMinutes(50))),
				new Step(point, Direction.DEPART, morning.plus(Duration.ofMinutes(170))),
				new Step(gate, Direction.DEPART, morning.plus(Duration.ofMinutes(185))),
				new Step(road, Direction.OUT, morning.plus(Duration.ofMinutes(220)))));
	}

	private EnterpriseView enterprise(String first17) {
		return this.enterprises.findByCreditCode(first17 + CreditCodes.checkCharacter(first17)).orElse(null);
	}

}
