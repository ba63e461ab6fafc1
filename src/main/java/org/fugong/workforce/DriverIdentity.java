package org.fugong.workforce;

/**
 * An employee named as the driver of a vehicle trip: what the trip request needs,
 * the ID number in clear. Never printed whole (records print all their parts).
 */
public record DriverIdentity(long employeeId, String name, String phone, String idNumber) {

	@Override
	public String toString() {
		return "DriverIdentity[" + this.employeeId + "]";
	}

}
