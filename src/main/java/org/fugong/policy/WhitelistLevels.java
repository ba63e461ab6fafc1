package org.fugong.policy;

import java.util.Set;

/**
 * Which whitelist levels (CITY, DISTRICT, TOWN) an enterprise holds, for the
 * WHITELIST_LEVEL condition. The whitelist module provides it; the policy
 * module names it here so that it depends on no module downstream of itself.
 */
public interface WhitelistLevels {

	Set<String> activeLevelsOf(long enterpriseId);

}
