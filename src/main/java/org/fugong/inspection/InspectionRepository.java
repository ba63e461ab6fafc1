package org.fugong.inspection;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InspectionRepository extends JurisdictionRepository<Inspection> {

	List<Inspection> findByFollowUpOfOrderByInspectedAtAsc(long noticeId);

	/** The latest inspection of each of the enterprises, for the round. */
	@Query("""
			select i from Inspection i
			where i.enterpriseId in :enterprises
			  and i.inspectedAt = (select max(j.inspectedAt) from Inspection j where j.enterpriseId = i.enterpriseId)
			""")
	List<Inspection> findLatestOf(@Param("enterprises") Collection<Long> enterprises);

	/** A follow-up of the notice, at or after the instant, in which every aspect passed. */
	@Query("""
			select i from Inspection i
			where i.followUpOf = :notice and i.passed = true and i.inspectedAt >= :since
			order by i.inspectedAt desc
			""")
	List<Inspection> findPassingFollowUps(@Param("notice") long noticeId, @Param("since") Instant since);

}
