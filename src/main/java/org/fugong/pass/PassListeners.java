package org.fugong.pass;

import lombok.RequiredArgsConstructor;
import org.fugong.whitelist.WhitelistRemoved;
import org.fugong.whitelist.WhitelistService;
import org.fugong.whitelist.WhitelistStanding;
import org.fugong.workforce.EmployeeDeactivated;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Passes follow the roster and the whitelist. A suspended entry needs nothing
 * here: verification asks the whitelist each time, so the passes stop at once and
 * verify again on restore. A removed entry ends the passes for good once the
 * enterprise has no other entry standing; a deactivated employee's passes end too.
 */
@Component
@RequiredArgsConstructor
class PassListeners {

	private final PassService passes;

	private final WhitelistService whitelist;

	@ApplicationModuleListener
	void on(WhitelistRemoved event) {
		if (this.whitelist.standingOf(event.enterpriseId()) == WhitelistStanding.NOT_LISTED) {
			this.passes.revokeAllOfEnterprise(event.enterpriseId(), PassService.REVOKED_WHITELIST);
		}
	}

	@ApplicationModuleListener
	void on(EmployeeDeactivated event) {
		this.passes.revokeAllOfEmployee(event.employeeId(), PassService.REVOKED_EMPLOYEE);
	}

}
