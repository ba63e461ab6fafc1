package org.fugong.market;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoordinationRepository extends JpaRepository<Coordination, Long> {

	List<Coordination> findByDistrictCodeOrderByClosedAtDescCreatedAtAsc(String districtCode);

	List<Coordination> findAllByOrderByClosedAtDescCreatedAtAsc();

	/** Open demands of key firms posted before {@code before}, with no contact request and no queue item yet. */
	@Query("""
			SELECT p FROM MarketPost p WHERE p.state = org.fugong.market.PostState.OPEN
			  AND p.kind = org.fugong.market.PostKind.DEMAND AND p.createdAt < :before
			  AND EXISTS (SELECT 1 FROM KeyFirm k WHERE k.enterpriseId = p.enterpriseId)
			  AND NOT EXISTS (SELECT 1 FROM ContactRequest c WHERE c.postId = p.id)
			  AND NOT EXISTS (SELECT 1 FROM Coordination q WHERE q.postId = p.id)""")
	List<MarketPost> findUnansweredKeyDemands(Instant before);

}
