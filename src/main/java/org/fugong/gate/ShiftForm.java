package org.fugong.gate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The district's shift length: how long a guard's phone stays enrolled. */
class ShiftForm {

	@NotNull(message = "{gateadmin.shift.hours.range}")
	@Min(value = GateShifts.MIN_HOURS, message = "{gateadmin.shift.hours.range}")
	@Max(value = GateShifts.MAX_HOURS, message = "{gateadmin.shift.hours.range}")
	private Integer hours;

	public Integer getHours() {
		return this.hours;
	}

	public void setHours(Integer hours) {
		this.hours = hours;
	}

}
