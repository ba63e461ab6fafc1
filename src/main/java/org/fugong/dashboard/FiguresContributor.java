package org.fugong.dashboard;

import java.util.Map;

import org.fugong.security.CurrentUser;

/**
 * A section of the overview that another feature computes (appeals,
 * inspections): its own page's figures for the official and the filter's scope.
 */
interface FiguresContributor {

	/** {@code appeals} or {@code inspections}. */
	String section();

	Map<String, Object> figures(CurrentUser official, StatsFilter filter);

}
