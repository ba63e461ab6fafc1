package org.fugong.market;

import java.time.LocalDate;

/**
 * One day of the pool's use: the trucks serving that day, how many are booked
 * (confirmed), asked for (waiting for the carrier) and idle.
 */
public record TruckDayUse(LocalDate date, int pool, int booked, int requested, int idle) {
}
