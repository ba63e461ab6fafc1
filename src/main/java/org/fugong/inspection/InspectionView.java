package org.fugong.inspection;

import java.time.Instant;
import java.util.List;

/** An inspection as pages and the API read it. */
public record InspectionView(long id, long enterpriseId, String enterpriseName, String gridCode, Long teamId,
		String inspector, Instant inspectedAt, boolean passed, Long followUpOf, List<Result> aspects) {

	public record Result(Aspect aspect, boolean passed, String note) {
	}

}
