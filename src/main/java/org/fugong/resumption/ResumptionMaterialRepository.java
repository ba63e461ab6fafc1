package org.fugong.resumption;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResumptionMaterialRepository extends JpaRepository<ResumptionMaterial, Long> {

	@Query("select m from ResumptionMaterial m where m.requestId = :requestId and m.withdrawnAt is null order by m.kind, m.id")
	List<ResumptionMaterial> ofRequest(@Param("requestId") long requestId);

	@Query("select m from ResumptionMaterial m where m.id in :ids order by m.kind, m.id")
	List<ResumptionMaterial> findAllInOrder(@Param("ids") java.util.Collection<Long> ids);

}
