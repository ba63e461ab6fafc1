package org.fugong.whitelist;

import java.util.Set;

import org.fugong.policy.WhitelistLevels;

import org.springframework.stereotype.Component;

/**
 * Answers the policy module's WHITELIST_LEVEL conditions from the active entries.
 */
@Component
class PolicyWhitelistLevels implements WhitelistLevels {

	private final WhitelistService whitelist;

	PolicyWhitelistLevels(WhitelistService whitelist) {
		this.whitelist = whitelist;
	}

	@Override
	public Set<String> activeLevelsOf(long enterpriseId) {
		return this.whitelist.activeLevelsOf(enterpriseId);
	}

}
