package org.fugong.outbreak;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.fugong.whitelist.WhitelistEntryAdded;
import org.fugong.whitelist.WhitelistRestored;
import org.fugong.whitelist.WhitelistService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A sealed site stays closed whatever else happens to its whitelist entries: a
 * production stop lifted, an entry restored or added by hand while the site is
 * sealed is suspended again in the same transaction (so no gate ever sees it
 * active), and the case keeps it to restore on unsealing.
 */
@Component
@RequiredArgsConstructor
class SealKeeper {

	private final OutbreakRepository cases;

	private final WhitelistService whitelist;

	@EventListener
	@Transactional
	void on(WhitelistRestored event) {
		keepSealed(event.enterpriseId());
	}

	@EventListener
	@Transactional
	void on(WhitelistEntryAdded event) {
		keepSealed(event.enterpriseId());
	}

	private void keepSealed(long enterpriseId) {
		this.cases.findFirstByEnterpriseIdAndState(enterpriseId, OutbreakState.SEALED).ifPresent((outbreak) -> {
			List<Long> again = this.whitelist.suspendAllForStop(enterpriseId, "疫点封控中，解封前不得恢复", "system");
			if (!again.isEmpty()) {
				List<Long> kept = new ArrayList<>(outbreak.suspendedEntries());
				again.stream().filter((id) -> !kept.contains(id)).forEach(kept::add);
				outbreak.suspended(kept);
			}
		});
	}

}
