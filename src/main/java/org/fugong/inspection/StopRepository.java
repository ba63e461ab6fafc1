package org.fugong.inspection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StopRepository extends JurisdictionRepository<ProductionStop> {

	@Query("""
			select s from ProductionStop s
			where (:enterprise is null or s.enterpriseId = :enterprise)
			  and (cast(:district as String) is null or s.districtCode = :district)
			  and (cast(:town as String) is null or s.townCode = :town)
			  and (:state is null or s.state = :state)
			""")
	Page<ProductionStop> search(@Param("enterprise") Long enterprise, @Param("district") String district,
			@Param("town") String town, @Param("state") StopState state, Pageable pageable);

	Optional<ProductionStop> findByNoticeId(long noticeId);

	List<ProductionStop> findByEnterpriseIdAndState(long enterpriseId, StopState state);

}
