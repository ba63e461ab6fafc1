package org.fugong.vehicle;

/** The kind of vehicle on a trip. */
public enum VehicleType {

	TRUCK, VAN, CAR, BUS, COLD_CHAIN, TANKER, OTHER

}
