package org.fugong.market;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Declines the truck bookings whose carrier let the deadline pass (EXPIRED), so
 * that the truck is free for that day again; every five minutes, one instance at
 * a time (ShedLock).
 */
@Component
@RequiredArgsConstructor
class TruckBookingExpiry {

	private static final Logger log = LoggerFactory.getLogger(TruckBookingExpiry.class);

	private final TruckBookingService bookings;

	@Scheduled(initialDelayString = "${fugong.market.truck-expiry-every:PT5M}",
			fixedDelayString = "${fugong.market.truck-expiry-every:PT5M}")
	@SchedulerLock(name = "market-truck-expiry", lockAtMostFor = "PT4M")
	void run() {
		int expired = this.bookings.expireOverdue();
		if (expired > 0) {
			log.info("Declined {} truck bookings past their deadline", expired);
		}
	}

}
