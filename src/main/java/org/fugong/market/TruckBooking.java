package org.fugong.market;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fugong.pass.VehicleScope;

/**
 * One enterprise's booking of a pool truck for a day. Its state changes only
 * through the guarded methods below; the database keeps two live bookings of a
 * truck off the same day. A confirmed booking names the vehicle trip it registered.
 */
@Entity
@Table(name = "market_truck_booking")
class TruckBooking {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "truck_id")
	private long truckId;

	@Column(name = "carrier_enterprise_id")
	private long carrierEnterpriseId;

	@Column(name = "booker_enterprise_id")
	private long bookerEnterpriseId;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "town_code")
	private String townCode;

	@Column(name = "booking_date")
	private LocalDate date;

	private String origin;

	private String destination;

	private String cargo;

	@Enumerated(EnumType.STRING)
	private VehicleScope scope;

	@Enumerated(EnumType.STRING)
	private TruckBookingState state;

	private Instant deadline;

	@Column(name = "requested_by")
	private String requestedBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "answered_by")
	private String answeredBy;

	@Column(name = "answered_at")
	private Instant answeredAt;

	private String reason;

	@Column(name = "trip_id")
	private Long tripId;

	@Version
	private long version;

	protected TruckBooking() {
	}

	TruckBooking(MarketTruck truck, long bookerEnterpriseId, TruckBookingInput input, String actor, Instant now,
			Instant deadline) {
		this.truckId = truck.getId();
		this.carrierEnterpriseId = truck.getEnterpriseId();
		this.districtCode = truck.getDistrictCode();
		this.townCode = truck.getBaseTownCode();
		this.bookerEnterpriseId = bookerEnterpriseId;
		this.date = input.date();
		this.origin = input.origin();
		this.destination = input.destination();
		this.cargo = input.cargo();
		this.scope = input.scope();
		this.state = TruckBookingState.REQUESTED;
		this.deadline = deadline;
		this.requestedBy = actor;
		this.createdAt = now;
	}

	void confirm(long tripId, String actor, Instant now) {
		answer(TruckBookingState.CONFIRMED, actor, now, null);
		this.tripId = tripId;
	}

	void decline(String actor, Instant now, String reason) {
		answer(TruckBookingState.DECLINED, actor, now, reason);
	}

	void expire(Instant now) {
		answer(TruckBookingState.EXPIRED, null, now, null);
	}

	void cancel(String actor, Instant now, String reason) {
		answer(TruckBookingState.CANCELLED, actor, now, reason);
	}

	private void answer(TruckBookingState to, String actor, Instant now, String why) {
		if (this.state != TruckBookingState.REQUESTED) {
			throw new IllegalStateException("Booking " + this.id + " is " + this.state + ", not REQUESTED");
		}
		this.state = to;
		this.answeredBy = actor;
		this.answeredAt = now;
		this.reason = why;
	}

	Long getId() {
		return this.id;
	}

	long getTruckId() {
		return this.truckId;
	}

	long getCarrierEnterpriseId() {
		return this.carrierEnterpriseId;
	}

	long getBookerEnterpriseId() {
		return this.bookerEnterpriseId;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	String getTownCode() {
		return this.townCode;
	}

	LocalDate getDate() {
		return this.date;
	}

	String getOrigin() {
		return this.origin;
	}

	String getDestination() {
		return this.destination;
	}

	String getCargo() {
		return this.cargo;
	}

	VehicleScope getScope() {
		return this.scope;
	}

	TruckBookingState getState() {
		return this.state;
	}

	Instant getDeadline() {
		return this.deadline;
	}

	String getRequestedBy() {
		return this.requestedBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getAnsweredBy() {
		return this.answeredBy;
	}

	Instant getAnsweredAt() {
		return this.answeredAt;
	}

	String getReason() {
		return this.reason;
	}

	Long getTripId() {
		return this.tripId;
	}

	long getVersion() {
		return this.version;
	}

}
