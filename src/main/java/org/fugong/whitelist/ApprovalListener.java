package org.fugong.whitelist;

import lombok.RequiredArgsConstructor;
import org.fugong.resumption.ResumptionApproved;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An approved resumption application (复工批复) puts the enterprise on its
 * district's whitelist. It runs after the approval committed, in its own
 * transaction; the event registry retries it if it fails.
 */
@Component
@RequiredArgsConstructor
class ApprovalListener {

	private final WhitelistLedger ledger;

	@ApplicationModuleListener
	void on(ResumptionApproved event) {
		this.ledger.listOnApproval(event);
	}

}
