package org.fugong.market;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The market's figures for a region (dashboard and oversight page): posts made,
 * matches (contact requests accepted: the two sides have each other's contact),
 * contact requests and posts fulfilled, in total, by category and by town.
 */
public record MarketFigures(Counts total, List<Row> byCategory, List<Row> byTown, long unansweredDemands) {

	@Schema(name = "MarketCounts")
	public record Counts(long posts, long open, long matches, long contacts, long fulfilled) {
	}

	/** One group: a category name or a town code. */
	@Schema(name = "MarketRow")
	public record Row(String key, Counts counts) {
	}

}
