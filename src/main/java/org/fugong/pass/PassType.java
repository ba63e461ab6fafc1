package org.fugong.pass;

/** A worker's pass (员工一码返岗) or a vehicle trip's (车辆一码通行). */
public enum PassType {

	WORKER(1), VEHICLE(2);

	private final int code;

	PassType(int code) {
		this.code = code;
	}

	/** The number that stands for the type in a token. */
	int code() {
		return this.code;
	}

	static PassType ofCode(int code) {
		for (PassType type : values()) {
			if (type.code == code) {
				return type;
			}
		}
		throw new IllegalArgumentException("No pass type " + code);
	}

}
