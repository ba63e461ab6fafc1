package org.fugong.liaison;

import java.time.LocalDate;

/**
 * The liaison work of a region between two days (null: open): enterprises with
 * a liaison now and the officers serving them; visits, problems found and solved
 * in the period; follow-ups whose date has passed without a later visit.
 */
public record LiaisonFigures(LocalDate from, LocalDate to, long firmsCovered, long officers, long visits,
		long firmsVisited, long problemsFound, long problemsSolved, long followUpsOverdue) {

	/** Problems solved per problem found in the period; null with none found. */
	public Double solvedRate() {
		return (this.problemsFound == 0) ? null : Math.round(this.problemsSolved * 10000.0 / this.problemsFound) / 10000.0;
	}

}
