package org.fugong.gate;

/**
 * Which way a scan goes: people go IN and OUT of a gate; a vehicle passes a
 * checkpoint (IN or OUT of the area), ARRIVEs at the receiving enterprise and
 * DEPARTs from it.
 */
public enum Direction {

	IN, OUT, ARRIVE, DEPART

}
