package org.fugong.inspection.cases;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A 私自复工 case: what was reported, where it stands, who handled it last and when, and each step. */
public record CaseView(long id, Long enterpriseId, String siteName, String address, String townCode, String gridCode,
		String note, String reportedBy, Instant reportedAt, CaseState state, String handledBy, Instant handledAt,
		long version, List<Step> steps) {

	/** One step of the district's handling. */
	@Schema(name = "CaseStep")
	public record Step(CaseState state, String reason, String actedBy, Instant actedAt) {
	}

}
