package org.fugong.resumption;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResumptionRoundRepository extends JpaRepository<ResumptionRound, Long> {

	@Query("select r from ResumptionRound r where r.requestId = :requestId order by r.roundNo")
	List<ResumptionRound> ofRequest(@Param("requestId") long requestId);

	long countByRequestId(long requestId);

	@Query(value = "SELECT EXISTS (SELECT 1 FROM resumption_round_material WHERE material_id = :materialId)",
			nativeQuery = true)
	boolean isSubmitted(@Param("materialId") long materialId);

}
