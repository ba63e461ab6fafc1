package org.fugong.market;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.fugong.common.BusinessRuleException;
import org.fugong.common.ConflictException;
import org.fugong.common.FieldProblem;
import org.fugong.common.InvalidInputException;
import org.fugong.common.NotFoundException;
import org.fugong.common.Plates;
import org.fugong.common.TimeFormat;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.EnterpriseView;
import org.fugong.region.RegionService;
import org.fugong.security.CurrentUser;
import org.fugong.security.Jurisdiction;
import org.fugong.whitelist.WhitelistService;
import org.fugong.whitelist.WhitelistStanding;
import org.fugong.workforce.EmployeeSummary;
import org.fugong.workforce.TestStanding;
import org.fugong.workforce.Workforce;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's truck pool (共享货车): a verified, actively whitelisted carrier
 * puts its trucks in and takes them out; enterprises and officials search the
 * trucks free on a day. The carrier's name comes from the enterprise module, the
 * driver and the driver's test standing from the workforce module.
 */
@Service
@RequiredArgsConstructor
class TruckPoolService {

	/** How far ahead a truck may be booked, and so searched for. */
	static final int BOOKABLE_DAYS = 30;

	private final MarketTruckRepository trucks;

	private final TruckBookingRepository bookings;

	private final EnterpriseService enterprises;

	private final WhitelistService whitelist;

	private final Workforce workforce;

	private final RegionService regions;

	private final Clock clock;

	@Transactional
	TruckView register(CurrentUser user, TruckInput input) {
		long carrierId = user.requireEnterpriseId();
		this.enterprises.requireVerified(carrierId);
		EnterpriseView carrier = this.enterprises.find(carrierId).orElseThrow(() -> new NotFoundException("enterprise"));
		if (this.whitelist.standingOf(carrierId) != WhitelistStanding.ACTIVE) {
			// Its trucks could not get a vehicle pass: a booking would end in nothing.
			throw new BusinessRuleException("market.truck.notWhitelisted");
		}
		TruckInput clean = clean(input, carrier);
		if (this.trucks.existsByPlateAndActiveTrue(clean.plate())) {
			throw duplicatePlate();
		}
		try {
			MarketTruck truck = this.trucks.saveAndFlush(
					new MarketTruck(carrierId, carrier.districtCode(), clean, user.getUsername(), now()));
			return view(truck, carrier.name(), drivers(carrierId));
		}
		catch (DataIntegrityViolationException ex) {
			// Put in by someone else at the same moment: the unique index decided.
			throw duplicatePlate();
		}
	}

	/** The carrier's own trucks, those in the pool first. */
	@Transactional(readOnly = true)
	List<TruckView> mine(CurrentUser user) {
		long me = user.requireEnterpriseId();
		String name = this.enterprises.find(me).map(EnterpriseView::name).orElse("");
		Map<Long, DriverLine> drivers = drivers(me);
		return this.trucks.findByEnterpriseIdOrderByActiveDescIdAsc(me)
			.stream()
			.map((t) -> view(t, name, drivers))
			.toList();
	}

	/** Takes one of the carrier's trucks out of the pool; its bookings stay as they are. */
	@Transactional
	void withdraw(CurrentUser user, long id) {
		MarketTruck truck = this.trucks.findByIdAndEnterpriseId(id, user.requireEnterpriseId())
			.orElseThrow(() -> new NotFoundException("truck"));
		try {
			truck.withdraw();
		}
		catch (IllegalStateException ex) {
			throw new ConflictException("market.truck.withdrawn");
		}
	}

	/**
	 * The trucks free on a day that serve the region, carry at least {@code minTons}
	 * and are (or need not be) cold chain, smallest first. The region is a town or a
	 * district (an enterprise's own district when none); officials see their
	 * jurisdiction's pool only. An enterprise never sees its own trucks here.
	 */
	@Transactional(readOnly = true)
	List<TruckOffer> availability(CurrentUser user, LocalDate date, String region, BigDecimal minTons,
			Boolean coldChain) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = today();
		if (date == null) {
			problems.add(new FieldProblem("date", "validation.required"));
		}
		else if (date.isBefore(today) || date.isAfter(today.plusDays(BOOKABLE_DAYS))) {
			problems.add(new FieldProblem("date", "market.truck.date.range", BOOKABLE_DAYS));
		}
		String code = (region == null || region.isBlank()) ? null : region.strip();
		if (code != null && this.regions.find(code).isEmpty()) {
			problems.add(new FieldProblem("region", "market.truck.region.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
		Long me = user.isOfficial() ? null : user.requireEnterpriseId();
		if (code == null && me != null) {
			code = this.enterprises.find(me).map(EnterpriseView::districtCode).orElse(null);
		}
		String district = (code != null) ? this.regions.districtOf(code).orElse(null) : null;
		String town = (code != null && !this.regions.isDistrict(code) && district != null) ? code : null;
		Jurisdiction scope = user.isOfficial() ? user.jurisdiction() : Jurisdiction.EVERYWHERE;
		if (scope.districtCode() != null && district != null && !scope.districtCode().equals(district)) {
			return List.of();
		}
		Set<Long> held = new HashSet<>(this.bookings.heldOn(date));
		List<MarketTruck> free = this.trucks
			.pool((district != null) ? district : scope.districtCode(), scope.townCode())
			.stream()
			.filter((t) -> me == null || t.getEnterpriseId() != me)
			.filter((t) -> t.servesOn(date) && !held.contains(t.getId()))
			.filter((t) -> town == null || t.servesTown(town))
			.filter((t) -> minTons == null || t.getCapacityTons().compareTo(minTons) >= 0)
			.filter((t) -> coldChain == null || !coldChain || t.isColdChain())
			.sorted(Comparator.comparing(MarketTruck::getCapacityTons).thenComparing(MarketTruck::getId))
			.toList();
		Map<Long, String> names = names(free.stream().map(MarketTruck::getEnterpriseId).toList());
		return free.stream().map((t) -> offerOf(t, names.getOrDefault(t.getEnterpriseId(), ""))).toList();
	}

	/** One truck in the pool as the booking form shows it: the plate masked, the carrier by name. */
	@Transactional(readOnly = true)
	java.util.Optional<TruckOffer> offer(long truckId) {
		return this.trucks.findById(truckId).filter(MarketTruck::isActive).map((t) -> offerOf(t,
				names(List.of(t.getEnterpriseId())).getOrDefault(t.getEnterpriseId(), "")));
	}

	/** The usual driver of a truck, as its carrier sees the choice; null when it has none. */
	@Transactional(readOnly = true)
	DriverLine driverOf(long truckId) {
		return this.trucks.findById(truckId)
			.filter((t) -> t.getDriverEmployeeId() != null)
			.map((t) -> drivers(t.getEnterpriseId()).get(t.getDriverEmployeeId()))
			.orElse(null);
	}

	/** The carrier's active employees who may drive its trucks, with their test standing now. */
	@Transactional(readOnly = true)
	List<DriverLine> driverChoices(CurrentUser user) {
		return List.copyOf(drivers(user.requireEnterpriseId()).values());
	}

	Map<Long, String> names(List<Long> ids) {
		Map<Long, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			this.enterprises.findAll(new HashSet<>(ids)).forEach((e) -> names.put(e.id(), e.name()));
		}
		return names;
	}

	private Map<Long, DriverLine> drivers(long carrierId) {
		Map<Long, TestStanding> standings = this.workforce.standings(carrierId, now());
		Map<Long, DriverLine> lines = new java.util.LinkedHashMap<>();
		for (EmployeeSummary e : this.workforce.active(carrierId)) {
			lines.put(e.id(), new DriverLine(e.id(), e.name(), e.maskedName(), e.department(),
					standings.getOrDefault(e.id(), TestStanding.OVERDUE)));
		}
		return lines;
	}

	private TruckInput clean(TruckInput input, EnterpriseView carrier) {
		List<FieldProblem> problems = new ArrayList<>();
		String plate = Plates.normalize(input.plate());
		if (plate == null || !Plates.isValid(plate)) {
			problems.add(new FieldProblem("plate", "vehicle.validation.plate.invalid"));
		}
		if (!this.regions.isTownOf(input.baseTownCode(), carrier.districtCode())) {
			problems.add(new FieldProblem("baseTownCode", "market.truck.town.invalid"));
		}
		List<String> towns = (input.serveTowns() != null) ? input.serveTowns().stream()
			.filter((t) -> t != null && !t.isBlank())
			.map(String::strip)
			.distinct()
			.toList() : List.of();
		if (towns.stream().anyMatch((t) -> !this.regions.isTownOf(t, carrier.districtCode()))) {
			problems.add(new FieldProblem("serveTowns", "market.truck.town.invalid"));
		}
		if (input.driverId() != null && this.workforce.find(carrier.id(), input.driverId())
			.filter(EmployeeSummary::active)
			.isEmpty()) {
			problems.add(new FieldProblem("driverId", "market.truck.driver.unknown"));
		}
		LocalDate from = (input.availableFrom() != null) ? input.availableFrom() : today();
		if (input.availableUntil() != null && input.availableUntil().isBefore(from)) {
			problems.add(new FieldProblem("availableUntil", "market.truck.until.beforeFrom"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("problem.400.invalid", problems);
		}
		return new TruckInput(plate, input.vehicleType(), input.capacityTons(), input.coldChain(),
				input.baseTownCode(), input.driverId(),
				(input.serveDays() != null) ? input.serveDays() : Set.of(), towns, from, input.availableUntil());
	}

	private static TruckOffer offerOf(MarketTruck t, String carrier) {
		return new TruckOffer(t.getId(), carrier, Plates.mask(t.getPlate()), t.getVehicleType(), t.getCapacityTons(),
				t.isColdChain(), t.getBaseTownCode());
	}

	static TruckView view(MarketTruck t, String carrier, Map<Long, DriverLine> drivers) {
		DriverLine driver = (t.getDriverEmployeeId() != null) ? drivers.get(t.getDriverEmployeeId()) : null;
		return new TruckView(t.getId(), t.getEnterpriseId(), carrier, t.getPlate(), Plates.mask(t.getPlate()),
				t.getVehicleType(), t.getCapacityTons(), t.isColdChain(), t.getDistrictCode(), t.getBaseTownCode(),
				List.copyOf(t.serveDays()), t.serveTowns(), t.getAvailableFrom(), t.getAvailableUntil(),
				t.isActive(), t.getDriverEmployeeId(), (driver != null) ? driver.maskedName() : null,
				(driver != null) ? driver.standing() : null);
	}

	private static ConflictException duplicatePlate() {
		return new ConflictException("market.truck.plate.duplicate",
				List.of(new FieldProblem("plate", "market.truck.plate.duplicate")));
	}

	Instant now() {
		return Instant.now(this.clock);
	}

	LocalDate today() {
		return LocalDate.ofInstant(now(), TimeFormat.ZONE);
	}

	/** An employee who may be named a truck's driver, with the test standing that decides whether to. */
	record DriverLine(long id, String name, String maskedName, String department, TestStanding standing) {
	}

}
