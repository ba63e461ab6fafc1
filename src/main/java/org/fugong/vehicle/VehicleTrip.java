package org.fugong.vehicle;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fugong.common.domain.EnterpriseOwned;
import org.fugong.pass.VehicleScope;

/**
 * One pre-registered trip of a vehicle and its driver. Its status changes only
 * through {@link #approve}, {@link #reject} and {@link #cancel}, which refuse
 * anything but a pending trip. The driver's ID number is held encrypted, with
 * its keyed hash and masked form beside it.
 */
@Entity
@Table(name = "vehicle_trip")
class VehicleTrip extends EnterpriseOwned {

	private String plate;

	@Enumerated(EnumType.STRING)
	@Column(name = "vehicle_type")
	private VehicleType vehicleType;

	@Embedded
	private TripDriver driver;

	@Enumerated(EnumType.STRING)
	private VehicleScope scope;

	private String origin;

	private String destination;

	@Column(name = "valid_from")
	private Instant validFrom;

	@Column(name = "valid_to")
	private Instant validTo;

	private String cargo;

	@Enumerated(EnumType.STRING)
	private TripStatus status;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	private String opinion;

	@Column(name = "pass_id")
	private Long passId;

	@Column(name = "receiver_enterprise_id")
	private Long receiverEnterpriseId;

	@Column(name = "receiver_name")
	private String receiverName;

	/** The shared-truck booking this trip was made from (the market's), if any. */
	private Long truckBookingId;

	@Column(name = "quarantine_point_id")
	private Long quarantinePointId;

	@Column(name = "quarantine_point_name")
	private String quarantinePointName;

	@Version
	private long version;

	protected VehicleTrip() {
	}

	VehicleTrip(Owner owner, TripInput input, SealedId driverId, boolean driverWhitelisted, String actor,
			Instant now) {
		super(owner.enterpriseId(), owner.enterpriseName(), owner.districtCode(), owner.townCode());
		this.plate = input.plate();
		this.vehicleType = input.vehicleType();
		this.driver = new TripDriver(input.driverName(), input.driverPhone(), driverId, driverWhitelisted);
		this.scope = input.scope();
		this.origin = input.origin();
		this.destination = input.destination();
		this.validFrom = input.validFrom();
		this.validTo = input.validTo();
		this.cargo = input.cargo();
		this.status = TripStatus.PENDING;
		this.createdAt = now;
		this.createdBy = actor;
	}

	/** The trip was made from this confirmed shared-truck booking. */
	void fromTruckBooking(long bookingId) {
		this.truckBookingId = bookingId;
	}

	public Long getTruckBookingId() {
		return this.truckBookingId;
	}

	/**
	 * The three-point loop (三点往返) a trip names: the receiving enterprise and the
	 * drivers' quarantine point, with their names copied when it is registered.
	 */
	void route(TripRoute route) {
		this.receiverEnterpriseId = route.receiverEnterpriseId();
		this.receiverName = route.receiverName();
		this.quarantinePointId = route.quarantinePointId();
		this.quarantinePointName = route.quarantinePointName();
	}

	/** The driver as an employee of the enterprise's roster, found when the pass is issued. */
	void driverOnRoster(Long employeeId) {
		this.driver.onRoster(employeeId);
	}

	/** The enterprise a trip belongs to, copied when it is registered. */
	record Owner(long enterpriseId, String enterpriseName, String districtCode, String townCode) {
	}

	/** An ID number as it is stored: encrypted, its keyed hash, masked. */
	record SealedId(String encrypted, String hash, String masked) {
	}

	void approve(String actor, String opinion, long passId, Instant now) {
		requirePending(TripStatus.APPROVED);
		this.status = TripStatus.APPROVED;
		this.passId = passId;
		decided(actor, opinion, now);
	}

	void reject(String actor, String opinion, Instant now) {
		requirePending(TripStatus.REJECTED);
		this.status = TripStatus.REJECTED;
		decided(actor, opinion, now);
	}

	void cancel(String actor, Instant now) {
		requirePending(TripStatus.CANCELLED);
		this.status = TripStatus.CANCELLED;
		this.decidedAt = now;
		this.decidedBy = actor;
	}

	private void decided(String actor, String opinion, Instant now) {
		this.decidedAt = now;
		this.decidedBy = actor;
		this.opinion = opinion;
	}

	private void requirePending(TripStatus target) {
		if (this.status != TripStatus.PENDING) {
			throw new IllegalStateException("Trip " + getId() + " cannot go from " + this.status + " to " + target);
		}
	}

	String getPlate() {
		return this.plate;
	}

	VehicleType getVehicleType() {
		return this.vehicleType;
	}

	TripDriver getDriver() {
		return this.driver;
	}

	VehicleScope getScope() {
		return this.scope;
	}

	String getOrigin() {
		return this.origin;
	}

	String getDestination() {
		return this.destination;
	}

	Instant getValidFrom() {
		return this.validFrom;
	}

	Instant getValidTo() {
		return this.validTo;
	}

	String getCargo() {
		return this.cargo;
	}

	TripStatus getStatus() {
		return this.status;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	String getDecidedBy() {
		return this.decidedBy;
	}

	String getOpinion() {
		return this.opinion;
	}

	Long getPassId() {
		return this.passId;
	}

	long getVersion() {
		return this.version;
	}

	TripRoute getRoute() {
		return new TripRoute(this.receiverEnterpriseId, this.receiverName, this.quarantinePointId,
				this.quarantinePointName);
	}

}
