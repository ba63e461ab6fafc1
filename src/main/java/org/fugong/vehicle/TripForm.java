package org.fugong.vehicle;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fugong.common.MobilePhone;
import org.fugong.common.Plate;
import org.fugong.common.ResidentId;
import org.fugong.common.TimeFormat;
import org.fugong.pass.VehicleScope;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The enterprise's trip form. The window is typed as local date and time
 * (Asia/Shanghai); the rules that span fields are the service's.
 */
class TripForm {

	@NotBlank(message = "{validation.required}")
	@Plate
	private String plate;

	@NotNull(message = "{validation.required}")
	private VehicleType vehicleType;

	@NotBlank(message = "{validation.required}")
	@Size(max = 50, message = "{validation.size.max50}")
	private String driverName;

	@NotBlank(message = "{validation.required}")
	@MobilePhone
	private String driverPhone;

	@NotBlank(message = "{validation.required}")
	@ResidentId(message = "{vehicle.validation.idNumber.invalid}")
	private String driverIdNumber;

	@NotNull(message = "{validation.required}")
	private VehicleScope scope;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.size.max200}")
	private String origin;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.size.max200}")
	private String destination;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime validFrom;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime validTo;

	@Size(max = 200, message = "{validation.size.max200}")
	private String cargo;

	@Size(max = 18, message = "{vehicle.receiver.unknown}")
	private String receiverCreditCode;

	private Long quarantinePointId;

	RouteRequest toRoute() {
		return new RouteRequest(null, this.receiverCreditCode, this.quarantinePointId);
	}

	public String getReceiverCreditCode() {
		return this.receiverCreditCode;
	}

	public void setReceiverCreditCode(String receiverCreditCode) {
		this.receiverCreditCode = receiverCreditCode;
	}

	public Long getQuarantinePointId() {
		return this.quarantinePointId;
	}

	public void setQuarantinePointId(Long quarantinePointId) {
		this.quarantinePointId = quarantinePointId;
	}

	TripInput toInput() {
		return new TripInput(this.plate, this.vehicleType, this.driverName, this.driverPhone, this.driverIdNumber,
				this.scope, this.origin, this.destination, this.validFrom.atZone(TimeFormat.ZONE).toInstant(),
				this.validTo.atZone(TimeFormat.ZONE).toInstant(), this.cargo);
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

	public String getDriverName() {
		return this.driverName;
	}

	public void setDriverName(String driverName) {
		this.driverName = driverName;
	}

	public String getDriverPhone() {
		return this.driverPhone;
	}

	public void setDriverPhone(String driverPhone) {
		this.driverPhone = driverPhone;
	}

	public String getDriverIdNumber() {
		return this.driverIdNumber;
	}

	public void setDriverIdNumber(String driverIdNumber) {
		this.driverIdNumber = driverIdNumber;
	}

	public VehicleScope getScope() {
		return this.scope;
	}

	public void setScope(VehicleScope scope) {
		this.scope = scope;
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

	public LocalDateTime getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDateTime validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDateTime getValidTo() {
		return this.validTo;
	}

	public void setValidTo(LocalDateTime validTo) {
		this.validTo = validTo;
	}

	public String getCargo() {
		return this.cargo;
	}

	public void setCargo(String cargo) {
		this.cargo = cargo;
	}

	@Override
	public String toString() {
		// Never the ID number: a form may reach a log.
		return "TripForm[" + this.plate + "]";
	}

}
