package org.fugong.inspection.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a 私自复工 case stands: reported ({@code OPEN}); the site has since
 * registered or applied for resumption ({@code REGISTERED}); the district ordered
 * it to stop ({@code STOP_ORDERED}); or the district closed it ({@code CLOSED}).
 */
public enum CaseState {

	OPEN, REGISTERED, STOP_ORDERED, CLOSED;

	/** The states the district may move a case to from this one. */
	Set<CaseState> next() {
		return switch (this) {
			case OPEN -> EnumSet.of(REGISTERED, STOP_ORDERED, CLOSED);
			case REGISTERED -> EnumSet.of(STOP_ORDERED, CLOSED);
			case STOP_ORDERED -> EnumSet.of(REGISTERED, CLOSED);
			case CLOSED -> EnumSet.noneOf(CaseState.class);
		};
	}

}
