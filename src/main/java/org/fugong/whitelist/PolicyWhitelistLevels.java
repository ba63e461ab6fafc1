package org.fugong.whitelist;

import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.fugong.policy.WhitelistLevels;

import org.springframework.stereotype.Component;

/**
 * Answers the policy module's WHITELIST_LEVEL conditions from the active entries.
 */
@Component
@RequiredArgsConstructor
class PolicyWhitelistLevels implements WhitelistLevels {

	private final WhitelistService whitelist;

	@Override
	public Set<String> activeLevelsOf(long enterpriseId) {
		return this.whitelist.activeLevelsOf(enterpriseId);
	}

}
