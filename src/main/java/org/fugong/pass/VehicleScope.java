package org.fugong.pass;

/** Where a vehicle pass takes its vehicle: within the district (区内), the city (市内) or across provinces (跨省市). */
public enum VehicleScope {

	DISTRICT(1), CITY(2), INTER_PROVINCE(3);

	private final int code;

	VehicleScope(int code) {
		this.code = code;
	}

	/** The number that stands for the scope in a token (0 is "no scope", a worker pass). */
	int code() {
		return this.code;
	}

	static VehicleScope ofCode(int code) {
		for (VehicleScope scope : values()) {
			if (scope.code == code) {
				return scope;
			}
		}
		throw new IllegalArgumentException("No vehicle scope " + code);
	}

}
