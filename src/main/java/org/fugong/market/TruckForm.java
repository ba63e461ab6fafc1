package org.fugong.market;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fugong.vehicle.VehicleType;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A truck put into the pool, as the page's form and {@code POST /api/v1/trucks}
 * give it: {@code {plate, vehicleType, capacityTons, coldChain, baseTownCode,
 * driverId?}}, and optionally the days of the week and the towns it serves (all
 * when none) and the dates it is available (from today, open-ended when none).
 */
@Schema(name = "TruckForm")
class TruckForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 16, message = "{vehicle.validation.plate.invalid}")
	private String plate;

	@NotNull(message = "{validation.required}")
	private VehicleType vehicleType;

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0.1", message = "{market.truck.capacity.range}")
	@DecimalMax(value = "100", message = "{market.truck.capacity.range}")
	@Digits(integer = 3, fraction = 2, message = "{market.truck.capacity.range}")
	private BigDecimal capacityTons;

	private boolean coldChain;

	@NotBlank(message = "{validation.required}")
	@Size(max = 12, message = "{market.truck.town.invalid}")
	private String baseTownCode;

	private Long driverId;

	private Set<DayOfWeek> serveDays = EnumSet.noneOf(DayOfWeek.class);

	@Size(max = 30, message = "{market.truck.town.invalid}")
	private List<String> serveTowns = List.of();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate availableFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate availableUntil;

	TruckInput toInput() {
		return new TruckInput(this.plate, this.vehicleType, this.capacityTons, this.coldChain,
				(this.baseTownCode != null) ? this.baseTownCode.strip() : null, this.driverId,
				(this.serveDays != null) ? this.serveDays : Set.of(), (this.serveTowns != null) ? this.serveTowns : List.of(),
				this.availableFrom, this.availableUntil);
	}

	public String getPlate() {
		return this.plate;
	}

	public void setPlate(String plate) {
		this.plate = plate;
	}

	public VehicleType getVehicleType() {
		return this.vehicleType;
	}

	public void setVehicleType(VehicleType vehicleType) {
		this.vehicleType = vehicleType;
	}

	public BigDecimal getCapacityTons() {
		return this.capacityTons;
	}

	public void setCapacityTons(BigDecimal capacityTons) {
		this.capacityTons = capacityTons;
	}

	public boolean isColdChain() {
		return this.coldChain;
	}

	public void setColdChain(boolean coldChain) {
		this.coldChain = coldChain;
	}

	public String getBaseTownCode() {
		return this.baseTownCode;
	}

	public void setBaseTownCode(String baseTownCode) {
		this.baseTownCode = baseTownCode;
	}

	public Long getDriverId() {
		return this.driverId;
	}

	public void setDriverId(Long driverId) {
		this.driverId = driverId;
	}

	public Set<DayOfWeek> getServeDays() {
		return this.serveDays;
	}

	public void setServeDays(Set<DayOfWeek> serveDays) {
		this.serveDays = serveDays;
	}

	public List<String> getServeTowns() {
		return this.serveTowns;
	}

	public void setServeTowns(List<String> serveTowns) {
		this.serveTowns = serveTowns;
	}

	public LocalDate getAvailableFrom() {
		return this.availableFrom;
	}

	public void setAvailableFrom(LocalDate availableFrom) {
		this.availableFrom = availableFrom;
	}

	public LocalDate getAvailableUntil() {
		return this.availableUntil;
	}

	public void setAvailableUntil(LocalDate availableUntil) {
		this.availableUntil = availableUntil;
	}

}
