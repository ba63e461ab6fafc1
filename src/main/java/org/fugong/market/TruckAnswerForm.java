package org.fugong.market;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The carrier's answer to a booking, all optional: {@code {driverId?}} to confirm
 * with another driver than the truck's usual one, {@code {reason?}} to decline (or to cancel).
 */
@Schema(name = "TruckAnswerForm")
class TruckAnswerForm {

	private Long driverId;

	@Size(max = 300, message = "{validation.size.max300}")
	private String reason;

	public Long getDriverId() {
		return this.driverId;
	}

	public void setDriverId(Long driverId) {
		this.driverId = driverId;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
