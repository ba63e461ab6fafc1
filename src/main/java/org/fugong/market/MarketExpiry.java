package org.fugong.market;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes the posts whose validity has run out (EXPIRED), hourly, and queues key
 * firms' unanswered demands for the district; one instance runs each at a time (ShedLock).
 */
@Component
@RequiredArgsConstructor
class MarketExpiry {

	private static final Logger log = LoggerFactory.getLogger(MarketExpiry.class);

	private final MarketService market;

	private final CoordinationService coordination;

	@Scheduled(initialDelayString = "${fugong.market.expiry-every:PT1H}",
			fixedDelayString = "${fugong.market.expiry-every:PT1H}")
	@SchedulerLock(name = "market-expiry", lockAtMostFor = "PT30M")
	void run() {
		int expired = this.market.expireOutdated();
		if (expired > 0) {
			log.info("Closed {} expired market posts", expired);
		}
	}

	/** Queues key firms' demands unanswered for 24 hours for the district, every 15 minutes. */
	@Scheduled(initialDelayString = "${fugong.market.coordination-every:PT15M}",
			fixedDelayString = "${fugong.market.coordination-every:PT15M}")
	@SchedulerLock(name = "market-coordination", lockAtMostFor = "PT10M")
	void queueKeyDemands() {
		int queued = this.coordination.queueUnansweredKeyDemands();
		if (queued > 0) {
			log.info("Queued {} unanswered key-firm demands for coordination", queued);
		}
	}

}
