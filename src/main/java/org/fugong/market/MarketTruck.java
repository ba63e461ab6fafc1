package org.fugong.market;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fugong.common.domain.AuditedEntity;
import org.fugong.vehicle.VehicleType;

/**
 * One truck a carrier put into its district's pool (共享货车): what it carries,
 * where it is based, the days, towns and dates it serves, and its usual driver.
 * Withdrawn trucks stay for the bookings they had.
 */
@Entity
@Table(name = "market_truck")
class MarketTruck extends AuditedEntity {

	@Column(name = "enterprise_id")
	private long enterpriseId;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "base_town_code")
	private String baseTownCode;

	private String plate;

	@Enumerated(EnumType.STRING)
	@Column(name = "vehicle_type")
	private VehicleType vehicleType;

	@Column(name = "capacity_tons")
	private BigDecimal capacityTons;

	@Column(name = "cold_chain")
	private boolean coldChain;

	@Column(name = "driver_employee_id")
	private Long driverEmployeeId;

	@Column(name = "serve_days")
	private short serveDays;

	@Column(name = "serve_towns")
	private String serveTowns;

	@Column(name = "available_from")
	private LocalDate availableFrom;

	@Column(name = "available_until")
	private LocalDate availableUntil;

	private boolean active;

	@Version
	private long version;

	protected MarketTruck() {
	}

	MarketTruck(long enterpriseId, String districtCode, TruckInput input, String actor, Instant now) {
		super(actor, now);
		this.enterpriseId = enterpriseId;
		this.districtCode = districtCode;
		this.baseTownCode = input.baseTownCode();
		this.plate = input.plate();
		this.vehicleType = input.vehicleType();
		this.capacityTons = input.capacityTons();
		this.coldChain = input.coldChain();
		this.driverEmployeeId = input.driverId();
		this.serveDays = daysMask(input.serveDays());
		this.serveTowns = String.join(",", input.serveTowns());
		this.availableFrom = input.availableFrom();
		this.availableUntil = input.availableUntil();
		this.active = true;
	}

	/** Whether the truck is in the pool and serves that day. */
	boolean servesOn(LocalDate day) {
		return this.active && !day.isBefore(this.availableFrom)
				&& (this.availableUntil == null || !day.isAfter(this.availableUntil))
				&& (this.serveDays & (1 << (day.getDayOfWeek().getValue() - 1))) != 0;
	}

	/** Whether the truck goes to that town: any town of its district when it names none. */
	boolean servesTown(String townCode) {
		return this.serveTowns.isEmpty() || serveTowns().contains(townCode);
	}

	void withdraw() {
		if (!this.active) {
			throw new IllegalStateException("Truck " + getId() + " is out of the pool already");
		}
		this.active = false;
	}

	static short daysMask(Set<DayOfWeek> days) {
		int mask = 0;
		for (DayOfWeek day : days) {
			mask |= 1 << (day.getValue() - 1);
		}
		return (short) ((mask == 0) ? 127 : mask);
	}

	Set<DayOfWeek> serveDays() {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			if ((this.serveDays & (1 << (day.getValue() - 1))) != 0) {
				days.add(day);
			}
		}
		return days;
	}

	List<String> serveTowns() {
		return this.serveTowns.isEmpty() ? List.of() : Arrays.asList(this.serveTowns.split(","));
	}

	long getEnterpriseId() {
		return this.enterpriseId;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	String getBaseTownCode() {
		return this.baseTownCode;
	}

	String getPlate() {
		return this.plate;
	}

	VehicleType getVehicleType() {
		return this.vehicleType;
	}

	BigDecimal getCapacityTons() {
		return this.capacityTons;
	}

	boolean isColdChain() {
		return this.coldChain;
	}

	Long getDriverEmployeeId() {
		return this.driverEmployeeId;
	}

	LocalDate getAvailableFrom() {
		return this.availableFrom;
	}

	LocalDate getAvailableUntil() {
		return this.availableUntil;
	}

	boolean isActive() {
		return this.active;
	}

}
