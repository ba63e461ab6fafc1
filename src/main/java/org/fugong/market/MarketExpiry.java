package org.fugong.market;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes the posts whose validity has run out (EXPIRED), hourly; one instance
 * runs it at a time (ShedLock).
 */
@Component
class MarketExpiry {

	private static final Logger log = LoggerFactory.getLogger(MarketExpiry.class);

	private final MarketService market;

	MarketExpiry(MarketService market) {
		this.market = market;
	}

	@Scheduled(initialDelayString = "${fugong.market.expiry-every:PT1H}",
			fixedDelayString = "${fugong.market.expiry-every:PT1H}")
	@SchedulerLock(name = "market-expiry", lockAtMostFor = "PT30M")
	void run() {
		int expired = this.market.expireOutdated();
		if (expired > 0) {
			log.info("Closed {} expired market posts", expired);
		}
	}

}
