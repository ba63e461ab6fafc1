package org.fugong.market;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fugong.pass.VehicleScope;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A booking of a pool truck, as the page's form and {@code POST
 * /api/v1/truck-bookings} give it: {@code {truckId, date, origin, destination,
 * cargo}}, and optionally the trip's scope (the city when none).
 */
@Schema(name = "TruckBookingForm")
class TruckBookingForm {

	@NotNull(message = "{validation.required}")
	private Long truckId;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.size.max200}")
	private String origin;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.size.max200}")
	private String destination;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.size.max100}")
	private String cargo;

	private VehicleScope scope;

	TruckBookingInput toInput() {
		return new TruckBookingInput(this.truckId, this.date, this.origin.strip(), this.destination.strip(),
				this.cargo.strip(), (this.scope != null) ? this.scope : VehicleScope.CITY);
	}

	public Long getTruckId() {
		return this.truckId;
	}

	public void setTruckId(Long truckId) {
		this.truckId = truckId;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getOrigin() {
		return this.origin;
	}

	public void setOrigin(String origin) {
		this.origin = origin;
	}

	public String getDestination() {
		return this.destination;
	}

	public void setDestination(String destination) {
		this.destination = destination;
	}

	public String getCargo() {
		return this.cargo;
	}

	public void setCargo(String cargo) {
		this.cargo = cargo;
	}

	public VehicleScope getScope() {
		return this.scope;
	}

	public void setScope(VehicleScope scope) {
		this.scope = scope;
	}

}
