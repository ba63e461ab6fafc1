package org.fugong.outbreak;

import java.util.List;

import org.fugong.workforce.TestRounds;

/**
 * A case with its disinfections, the test rounds since the seal, each on-site
 * employee's latest result since then (names masked) and what unsealing still
 * needs ({@code missing}: {@code DISINFECTION}, {@code TESTS}; empty when ready).
 */
public record OutbreakDetail(OutbreakView outbreak, List<DisinfectionView> disinfections,
		List<TestRounds.Round> rounds, List<TestRounds.Latest> staff, List<String> missing,
		List<String> untested) {

	public boolean ready() {
		return this.missing.isEmpty();
	}

}
